// expect: none
// lines:
// about: main spins until the worker has summed 12,000 elements; the worker's reads change only its own frame, but it must run before the spin can be called endless, and it ends it
public class SpinWhileOtherSums {
    static final int[] values = new int[12_000];
    static volatile boolean done;
    static long total;

    public static void main(String[] args) throws InterruptedException {
        java.util.Arrays.fill(values, 2);
        Thread worker = new Thread(() -> {
            long sum = 0;
            for (int v : values) {
                sum += v;
            }
            total = sum;
            done = true;
        });
        worker.start();
        while (!done) {
            Thread.onSpinWait();
        }
        assert total == 24_000 : total;
        worker.join();
    }
}
