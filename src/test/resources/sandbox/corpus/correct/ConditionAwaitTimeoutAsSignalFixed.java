// expect: none
// lines:
// about: the timed waits are only a fallback: each re-checks its condition in a loop (await(time), awaitNanos with the time left, awaitUntil, awaitUninterruptibly), so a timeout or a spurious wake-up just waits again
import java.util.Date;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

public class ConditionAwaitTimeoutAsSignalFixed {
    static final ReentrantLock lock = new ReentrantLock();
    static final Condition changed = lock.newCondition();
    static int stage;

    static void advanceTo(int next) {
        lock.lock();
        try {
            stage = next;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread producer = new Thread(() -> {
            advanceTo(1);
            advanceTo(2);
            advanceTo(3);
            advanceTo(4);
        });
        producer.start();
        lock.lock();
        try {
            while (stage < 1) {
                changed.await(100, TimeUnit.MILLISECONDS);
            }
            long nanos = TimeUnit.MILLISECONDS.toNanos(100);
            while (stage < 2) {
                nanos = changed.awaitNanos(nanos > 0 ? nanos : TimeUnit.MILLISECONDS.toNanos(100));
            }
            while (stage < 3) {
                changed.awaitUntil(new Date(System.currentTimeMillis() + 100));
            }
            while (stage < 4) {
                changed.awaitUninterruptibly();
            }
        } finally {
            lock.unlock();
        }
        producer.join();
        assert stage == 4;
    }
}
