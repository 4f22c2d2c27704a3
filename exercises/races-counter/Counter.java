class Counter {

    private int count;

    void increment() {
        count++;
    }

    void add(int delta) {
        count += delta;
    }

    int get() {
        return count;
    }
}
