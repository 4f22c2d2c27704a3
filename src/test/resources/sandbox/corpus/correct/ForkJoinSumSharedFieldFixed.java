// expect: not-modelled
// lines: 36
// about: correct (each RecursiveTask returns its part, the parent adds what it joined), but `new ForkJoinPool(2)` is not modelled: the sandbox must say it could not check it
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;

public class ForkJoinSumSharedFieldFixed {
    static final class Sum extends RecursiveTask<Long> {
        private static final long serialVersionUID = 1L;
        private final int from;
        private final int to;

        Sum(int from, int to) {
            this.from = from;
            this.to = to;
        }

        @Override
        protected Long compute() {
            if (to - from <= 2) {
                long part = 0;
                for (int i = from; i < to; i++) {
                    part += i;
                }
                return part;
            }
            int mid = (from + to) / 2;
            Sum left = new Sum(from, mid);
            left.fork();
            long right = new Sum(mid, to).compute();
            return left.join() + right;
        }
    }

    public static void main(String[] args) {
        ForkJoinPool pool = new ForkJoinPool(2);
        long total = pool.invoke(new Sum(0, 4));
        pool.shutdown();
        assert total == 6 : "wrong total: " + total;
    }
}
