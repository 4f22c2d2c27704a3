class Counter {

    private int count;
    private final Object addLock = new Object();

    synchronized void increment() {
        count++;
    }

    void add(int delta) {
        synchronized (addLock) {   // WRONG: a second lock: an add() and an increment() can still interleave
            count += delta;
        }
    }

    synchronized int get() {
        return count;
    }
}
