import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

class RingBuffer<T> {

    private final Object[] items;            // the ring: items[takeIndex] is the oldest item
    private int takeIndex;                   // where the next take() reads
    private int putIndex;                    // where the next put() writes
    private int count;                       // how many items are in the ring

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notFull = lock.newCondition();    // producers wait here
    private final Condition notEmpty = lock.newCondition();   // consumers wait here

    RingBuffer(int capacity) {
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
            return remove();
        } finally {
            lock.unlock();
        }
    }

    boolean offer(T item, long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        lock.lockInterruptibly();
        try {
            while (count == items.length) {
                long left = deadline - System.nanoTime();
                if (left <= 0L) {
                    return false;
                }
                notFull.awaitNanos(left);
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
        notEmpty.signalAll();
    }

    @SuppressWarnings("unchecked")
    private T remove() {
        T item = (T) items[takeIndex];
        items[takeIndex] = null;
        if (++takeIndex == items.length) {
            takeIndex = 0;
        }
        count--;
        notFull.signalAll();
        return item;
    }
}
