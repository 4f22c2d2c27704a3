// expect: hang
// lines:
// about: main joins the spinners before it sets the flag they wait for: they spin for ever
public class SpinnersYieldToEachOther {
    static volatile boolean go;

    public static void main(String[] args) throws InterruptedException {
        Thread[] ts = new Thread[3];
        for (int t = 0; t < ts.length; t++) {
            ts[t] = new Thread(() -> {
                while (!go) {
                    Thread.onSpinWait();
                }
            });
            ts[t].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        go = true;
    }
}
