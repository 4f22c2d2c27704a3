import java.util.concurrent.Semaphore;

class Counter {

    private final Semaphore mutex = new Semaphore(1);
    private int count;

    void increment() {
        add(1);
    }

    void add(int delta) {
        mutex.acquireUninterruptibly();
        try {
            count += delta;
        } finally {
            mutex.release();
        }
    }

    int get() {
        mutex.acquireUninterruptibly();
        try {
            return count;
        } finally {
            mutex.release();
        }
    }
}
