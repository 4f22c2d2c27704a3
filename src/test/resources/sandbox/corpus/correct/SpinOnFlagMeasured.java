// expect: none
// lines:
// about: main reads the clock once, then spins on a volatile flag that a worker sets after sleep(100); the spin does not watch the clock, so time jumps to the sleeper's deadline as for any spin, and main measures at least 100 ms
import java.util.concurrent.TimeUnit;

public class SpinOnFlagMeasured {
    static volatile boolean ready;

    public static void main(String[] args) throws InterruptedException {
        Thread worker = new Thread(() -> {
            try {
                Thread.sleep(100);
                ready = true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        long start = System.nanoTime();
        worker.start();
        while (!ready) {
            Thread.onSpinWait();
        }
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assert waited >= 100 : "the flag was set after sleep(100), but main waited " + waited + " ms";
        worker.join();
    }
}
