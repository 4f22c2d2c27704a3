// expect: assertion
// lines: 21
// about: the leaves of a RecursiveAction add their part into one static field with total += part; two leaves on two pool threads lose an addition
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

public class ForkJoinSumSharedField {
    static long total;

    static final class Sum extends RecursiveAction {
        private static final long serialVersionUID = 1L;
        private final int from;
        private final int to;

        Sum(int from, int to) {
            this.from = from;
            this.to = to;
        }

        @Override
        protected void compute() {
            if (to - from <= 2) {
                for (int i = from; i < to; i++) {
                    total += i;
                }
                return;
            }
            int mid = (from + to) / 2;
            invokeAll(new Sum(from, mid), new Sum(mid, to));
        }
    }

    public static void main(String[] args) {
        ForkJoinPool pool = new ForkJoinPool(2);
        pool.invoke(new Sum(0, 4));
        pool.shutdown();
        assert total == 6 : "lost an addition: total = " + total;
    }
}
