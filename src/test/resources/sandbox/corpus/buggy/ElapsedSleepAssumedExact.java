// expect: assertion
// lines: 22
// about: main measures its sleep(100) with nanoTime and takes "less than 150 ms" for granted; a sleep ends no earlier than asked but may end much later (here while the helper's 300 ms sleep ends: main was slow)
import java.util.concurrent.TimeUnit;

public class ElapsedSleepAssumedExact {
    static volatile boolean helped;

    public static void main(String[] args) throws InterruptedException {
        Thread helper = new Thread(() -> {
            try {
                Thread.sleep(300);
                helped = true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        helper.start();
        long start = System.nanoTime();
        Thread.sleep(100);
        long slept = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assert slept < 150 : "sleep(100) took " + slept + " ms";
        helper.join();
        assert helped;
    }
}
