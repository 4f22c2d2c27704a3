class Counter {
    private final Object lock = new Object();
    private int count;

    void increment() {
        add(1);
    }

    void add(int delta) {
        synchronized (lock) {
            count += delta;
        }
    }

    int get() {
        synchronized (lock) {
            return count;
        }
    }
}
