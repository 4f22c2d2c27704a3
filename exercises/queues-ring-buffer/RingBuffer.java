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
        if (capacity < 1) throw new IllegalArgumentException("capacity must be at least 1");
        items = new Object[capacity];
    }

    /** Waits while the buffer is full, then adds item at the tail. */
    void put(T item) throws InterruptedException {
        throw new UnsupportedOperationException("TODO: your code");
    }

    /** Waits while the buffer is empty, then removes and returns the oldest item. */
    T take() throws InterruptedException {
        throw new UnsupportedOperationException("TODO: your code");
    }

    /** Like put, but waits at most timeout; false (and no change) if the buffer stayed full. */
    boolean offer(T item, long timeout, TimeUnit unit) throws InterruptedException {
        throw new UnsupportedOperationException("TODO: your code");
    }

    /** The number of items in the buffer now. */
    int size() {
        throw new UnsupportedOperationException("TODO: your code");
    }
}
