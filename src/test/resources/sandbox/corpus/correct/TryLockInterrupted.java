// expect: none
// lines:
// about: a timed tryLock (even of a free lock) and a timed latch await (even of an open latch) called with the interrupt flag set throw InterruptedException, as the JDK's do; the model once took the lock (returned true) and let the await through
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

public class TryLockInterrupted {
    interface TimedWait {
        boolean await() throws InterruptedException;
    }

    /** What wait does on a thread whose interrupt flag is set before the call. */
    static String alreadyInterrupted(TimedWait wait) throws InterruptedException {
        String[] outcome = { null };
        Thread caller = new Thread(() -> {
            Thread.currentThread().interrupt();
            try {
                outcome[0] = "returned " + wait.await();
            } catch (InterruptedException e) {
                outcome[0] = "interrupted";
            }
        });
        caller.start();
        caller.join();
        return outcome[0];
    }

    public static void main(String[] args) throws InterruptedException {
        ReentrantLock free = new ReentrantLock();
        String locked = alreadyInterrupted(() -> free.tryLock(1, TimeUnit.HOURS));
        assert locked.equals("interrupted") : "tryLock(1 h) of a free lock, flag set: " + locked;
        assert !free.isLocked() : "an interrupted tryLock(1 h) kept the lock";
        CountDownLatch open = new CountDownLatch(0);
        String awaited = alreadyInterrupted(() -> open.await(1, TimeUnit.HOURS));
        assert awaited.equals("interrupted") : "await(1 h) of an open latch, flag set: " + awaited;
    }
}
