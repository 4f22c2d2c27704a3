// expect: hang
// lines: 19
// about: after a long start (21,000 writes) main waits for ready, but the worker returns early for a large array without setting it: the spin begins past the step limit and is still a hang
public class SpinAfterLongWarmUp {
    static final int[] data = new int[21_000];
    static volatile boolean ready;

    public static void main(String[] args) {
        for (int i = 0; i < data.length; i++) {
            data[i] = 1;
        }
        Thread worker = new Thread(() -> {
            if (data.length > 20_000) {
                return; // too big: gives up, but ready is never set
            }
            ready = true;
        });
        worker.start();
        while (!ready) {
            Thread.onSpinWait();
        }
    }
}
