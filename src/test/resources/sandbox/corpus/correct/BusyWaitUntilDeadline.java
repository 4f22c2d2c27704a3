// expect: none
// lines:
// about: two threads wait for a deadline by reading the clock in a loop (one with onSpinWait, one with nothing in the loop at all), a third by LocalDateTime; the sandbox's virtual time passes while they are the only ones that can run, so each loop ends as on a JVM — never a hang
import java.time.LocalDateTime;
import java.util.concurrent.TimeUnit;

public class BusyWaitUntilDeadline {
    static volatile int ended;

    public static void main(String[] args) throws InterruptedException {
        Thread polite = new Thread(() -> {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(40);
            while (System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            ended++;
        });
        Thread rude = new Thread(() -> {
            long deadline = System.currentTimeMillis() + 2_000;
            while (System.currentTimeMillis() < deadline) {
            }
            synchronized (BusyWaitUntilDeadline.class) {
                ended++;
            }
        });
        polite.start();
        polite.join();
        rude.start();
        LocalDateTime until = LocalDateTime.now().plusSeconds(30);
        while (LocalDateTime.now().isBefore(until)) {
        }
        rude.join();
        assert ended == 2;
    }
}
