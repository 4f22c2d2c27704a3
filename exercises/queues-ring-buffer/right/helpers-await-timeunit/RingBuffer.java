import java.time.Duration;
import java.time.Instant;
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

    private boolean full() {
        return count == items.length;
    }

    void put(T item) throws InterruptedException {
        lock.lock();
        try {
            while (full()) {
                notFull.await();
            }
            items[putIndex] = item;
            putIndex = (putIndex + 1) % items.length;
            count++;
            notEmpty.signal();
        } finally {
            lock.unlock();
        }
    }

    @SuppressWarnings("unchecked")
    T take() throws InterruptedException {
        lock.lock();
        try {
            while (count == 0) {
                notEmpty.await();
            }
            Object item = items[takeIndex];
            items[takeIndex] = null;
            takeIndex = (takeIndex + 1) % items.length;
            count--;
            notFull.signal();
            return (T) item;
        } finally {
            lock.unlock();
        }
    }

    boolean offer(T item, long timeout, TimeUnit unit) throws InterruptedException {
        lock.lock();
        try {
            Instant deadline = Instant.now().plusNanos(unit.toNanos(timeout));
            while (full()) {
                Duration left = Duration.between(Instant.now(), deadline);
                if (left.isNegative() || left.isZero() || !notFull.await(left.toNanos(), TimeUnit.NANOSECONDS)) {
                    if (full()) {
                        return false;
                    }
                }
            }
            items[putIndex] = item;
            putIndex = (putIndex + 1) % items.length;
            count++;
            notEmpty.signal();
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
}
