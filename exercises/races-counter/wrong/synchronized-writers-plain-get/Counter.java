class Counter {

    private int count;

    synchronized void increment() {
        count++;
    }

    synchronized void add(int delta) {
        count += delta;
    }

    int get() {
        return count;   // WRONG: "a read is atomic anyway": but without the lock it is not ordered after the writes
    }
}
