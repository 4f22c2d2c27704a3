import java.util.Date;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

class RingBuffer<T> {

    private final Object[] items;
    private int takeIndex;
    private int putIndex;
    private int count;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notFull = lock.newCondition();
    private final Condition notEmpty = lock.newCondition();

    RingBuffer(int capacity) {
        if (capacity < 1) throw new IllegalArgumentException("capacity must be at least 1");
        items = new Object[capacity];
    }

    void put(T item) throws InterruptedException {
        lock.lockInterruptibly();
        try {
            while (count == items.length) {
                notFull.await();
            }
            insert(item);
        } finally {
            lock.unlock();
        }
    }

    T take() throws InterruptedException {
        lock.lockInterruptibly();
        try {
            while (count == 0) {
                notEmpty.await();
            }
            @SuppressWarnings("unchecked")
            T item = (T) items[takeIndex];
            items[takeIndex] = null;
            if (++takeIndex == items.length) {
                takeIndex = 0;
            }
            count--;
            notFull.signal();
            return item;
        } finally {
            lock.unlock();
        }
    }

    // The wait ends at a fixed point on the wall clock, so however often the thread is woken, it never waits
    // longer than it was asked to.
    boolean offer(T item, long timeout, TimeUnit unit) throws InterruptedException {
        Date deadline = new Date(System.currentTimeMillis() + unit.toMillis(timeout));
        lock.lockInterruptibly();
        try {
            boolean timeLeft = true;
            while (count == items.length) {
                if (!timeLeft) {
                    return false;
                }
                timeLeft = notFull.awaitUntil(deadline);
            }
            insert(item);
            return true;
        } finally {
            lock.unlock();
        }
    }

    int size() {
        lock.lock();
        try {
            return count;
        } finally {
            lock.unlock();
        }
    }

    private void insert(T item) {
        items[putIndex] = item;
        if (++putIndex == items.length) {
            putIndex = 0;
        }
        count++;
        notEmpty.signal();
    }
}
