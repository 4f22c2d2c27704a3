class Counter {

    // writers take the lock; the reader relies on volatile for visibility (the "cheap read-write lock")
    private volatile int count;

    synchronized void increment() {
        count++;
    }

    synchronized void add(int delta) {
        count += delta;
    }

    int get() {
        return count;
    }
}
