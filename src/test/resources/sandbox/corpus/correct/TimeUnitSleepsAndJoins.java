// expect: none
// lines:
// about: TimeUnit's sleep, timedJoin and timedWait and the nanosecond sleep and join are sleeps, joins and waits like the others (not real waits outside the schedule); the join orders the worker's plain write before main's read
import java.util.concurrent.TimeUnit;

public class TimeUnitSleepsAndJoins {
    static int result;                               // plain: only the join orders it
    static final Object lock = new Object();

    public static void main(String[] args) throws InterruptedException {
        Thread worker = new Thread(() -> {
            try {
                TimeUnit.MILLISECONDS.sleep(5);
                TimeUnit.MICROSECONDS.sleep(1_500);
                TimeUnit.SECONDS.sleep(0);           // does nothing, as in the JDK
                Thread.sleep(0, 500_000);
                result = 42;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        worker.start();
        synchronized (lock) {
            TimeUnit.MILLISECONDS.timedWait(lock, 1); // nobody notifies: it times out
        }
        while (worker.isAlive()) {
            TimeUnit.MILLISECONDS.timedJoin(worker, 2);
        }
        worker.join(0, 1);
        assert result == 42 : "result = " + result;
    }
}
