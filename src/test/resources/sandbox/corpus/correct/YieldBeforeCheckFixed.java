// expect: none
// lines:
// about: main yields in a loop until the worker's volatile write is seen; the worker can always run, so the loop ends
public class YieldBeforeCheckFixed {
    static volatile boolean started;

    public static void main(String[] args) throws InterruptedException {
        Thread worker = new Thread(() -> started = true);
        worker.start();
        while (!started) {
            Thread.yield();
        }
        assert started : "the worker has not run yet";
        worker.join();
    }
}
