import java.util.concurrent.atomic.LongAccumulator;

class Highest {

    private final LongAccumulator max;

    Highest(int initial) {
        max = new LongAccumulator(Long::max, initial);
    }

    void record(int v) {
        max.accumulate(v);
    }

    int get() {
        return max.intValue();
    }
}
