class Highest {

    private int max;

    Highest(int initial) {
        max = initial;
    }

    synchronized void record(int v) {
        if (v > max) {
            max = v;
        }
    }

    int get() {
        return max;
    }
}
