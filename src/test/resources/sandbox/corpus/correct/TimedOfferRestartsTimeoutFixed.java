// expect: none
// lines:
// about: the timed offer keeps one deadline: after a wake-up that finds the slot full again it waits only for the time left (awaitNanos), so it gives up when its 100 ms are over; a busy wait of 50 ms ends on the virtual clock
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

public class TimedOfferRestartsTimeoutFixed {
    static final class Slot {
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition notFull = lock.newCondition();
        private String item;

        Slot(String first) {
            item = first;
        }

        boolean offer(String x, long timeout, TimeUnit unit) throws InterruptedException {
            long nanos = unit.toNanos(timeout);
            lock.lock();
            try {
                while (item != null) {
                    if (nanos <= 0) {
                        return false;
                    }
                    nanos = notFull.awaitNanos(nanos); // the time left, not the whole timeout again
                }
                item = x;
                return true;
            } finally {
                lock.unlock();
            }
        }

        boolean swap(String x) { // take the item and put another: whoever waits is woken to a full slot
            lock.lock();
            try {
                item = x;
                notFull.signal();
                return true;
            } finally {
                lock.unlock();
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Slot slot = new Slot("a");
        long[] waited = new long[1];
        boolean[] accepted = new boolean[1];
        Thread offering = new Thread(() -> {
            try {
                long start = System.nanoTime();
                accepted[0] = slot.offer("o", 100, TimeUnit.MILLISECONDS);
                waited[0] = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Thread swapping = new Thread(() -> {
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
            while (System.nanoTime() < until) {
                Thread.onSpinWait(); // busy for 50 ms
            }
            slot.swap("b");
        });
        offering.start();
        swapping.start();
        offering.join();
        swapping.join();
        assert accepted[0] || waited[0] <= 100 : "offer(100 ms) gave up after " + waited[0] + " ms";
    }
}
