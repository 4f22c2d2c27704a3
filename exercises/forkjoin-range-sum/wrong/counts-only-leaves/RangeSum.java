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
        if (to - from <= THRESHOLD) {
            TASKS.increment();                   // a task that sums: the ones that split only hand work on
            long sum = 0;
            for (int i = from; i < to; i++) {
                sum += f.applyAsLong(i);
            }
            return sum;
        }
        int mid = (from + to) >>> 1;
        RangeSum left = new RangeSum(from, mid, f);
        RangeSum right = new RangeSum(mid, to, f);
        left.fork();                             // the left half: for the pool, where another worker can steal it
        long rightSum = right.compute();         // the right half: on this thread, right now
        return left.join() + rightSum;           // then wait for the left half (or run it, if nobody took it)
    }
}
