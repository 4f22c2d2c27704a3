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
        lock.lock();
        try {
            while (count == items.length) {  // a loop: another producer may fill the slot before we run
                notFull.await();
            }
            enqueue(item);
        } finally {
            lock.unlock();
        }
    }

    /** Waits while the buffer is empty, then removes and returns the oldest item. */
    T take() throws InterruptedException {
        lock.lock();
        try {
            while (count == 0) {             // a loop: another consumer may take the item before we run
                notEmpty.await();
            }
            @SuppressWarnings("unchecked")
            T item = (T) items[takeIndex];
            items[takeIndex] = null;         // no stale reference keeps the item alive
            takeIndex = (takeIndex + 1) % items.length;
            count--;
            notFull.signal();                // one slot freed: one producer can go on
            return item;
        } finally {
            lock.unlock();
        }
    }

    /** Like put, but waits at most timeout; false (and no change) if the buffer stayed full. */
    boolean offer(T item, long timeout, TimeUnit unit) throws InterruptedException {
        lock.lock();
        try {
            while (count == items.length) {  // a loop: another producer may fill the slot before we run
                if (!notFull.await(timeout, unit)) {
                    return false;            // the timeout ran out and the buffer is still full
                }
            }
            enqueue(item);
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** The number of items in the buffer now. */
    int size() {
        lock.lock();
        try {
            return count;
        } finally {
            lock.unlock();
        }
    }

    /** Only with the lock held and room in the ring. */
    private void enqueue(T item) {
        items[putIndex] = item;
        putIndex = (putIndex + 1) % items.length;
        count++;
        notEmpty.signal();                   // one item more: one consumer can go on
    }
}
