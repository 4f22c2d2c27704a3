import java.util.concurrent.RecursiveTask;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntToLongFunction;

class RangeSum extends RecursiveTask<Long> {

    static final int THRESHOLD = 2_000;
    static final LongAdder TASKS = new LongAdder();

    private final int from;
    private final int to;
    private final IntToLongFunction f;

    RangeSum(int from, int to, IntToLongFunction f) {
        this.from = from;
        this.to = to;
        this.f = f;
    }

    @Override
    protected Long compute() {
        TASKS.increment();
        if (to - from > THRESHOLD) {
            int mid = from + (to - from) / 2;   // no from + to: it can overflow an int
            RangeSum right = new RangeSum(mid, to, f);
            right.fork();                        // the right half waits in this worker's queue for a thief
            long leftSum = new RangeSum(from, mid, f).invoke();   // the left half runs here, now
            return leftSum + right.join();
        }
        return java.util.stream.IntStream.range(from, to).mapToLong(f).sum();
    }
}
