// race-free: a free run must not report it (found by review)
import java.util.concurrent.*;
public class FJ {
    static class Sum extends RecursiveTask<Long> {
        final int[] a; final int lo, hi;
        Sum(int[] a, int lo, int hi) { this.a = a; this.lo = lo; this.hi = hi; }
        protected Long compute() {
            if (hi - lo <= 1000) { long s = 0; for (int i = lo; i < hi; i++) s += a[i]; return s; }
            int mid = (lo + hi) >>> 1;
            Sum left = new Sum(a, lo, mid), right = new Sum(a, mid, hi);
            left.fork();
            return right.compute() + left.join();
        }
    }
    public static void main(String[] args) {
        int[] a = new int[100_000];
        for (int i = 0; i < a.length; i++) a[i] = i % 7;
        System.out.println(ForkJoinPool.commonPool().invoke(new Sum(a, 0, a.length)));
    }
}
