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
            int mid = from + (to - from) / 2;       // from + to can overflow an int
            RangeSum left = new RangeSum(from, mid, f);
            RangeSum right = new RangeSum(mid, to, f);
            left.fork();
            right.fork();
            return right.join() + left.join();
        }
        long total = 0;
        for (int i = from; i < to; i++) total += f.applyAsLong(i);
        return total;
    }
}
