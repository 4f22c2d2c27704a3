// A plausible wrong fix: volatile makes each read and write visible, but count++ is still read, add, write.
class Counter {

    private volatile int count;

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
