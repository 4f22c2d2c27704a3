class Amdahl {

    static double speedup(double p, int n) {
        check(p);
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1: " + n);
        }
        return 1 / ((1 - p) + p / n);
    }

    static double maxSpeedup(double p) {
        check(p);
        return 1 / (1 - p);
    }

    private static void check(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("p must be between 0 and 1: " + p);
        }
    }

    static int workersFor(double p, double target) {
        if (target <= 1) {
            return 1;
        }
        check(p);
        if (target >= maxSpeedup(p)) {
            return -1;
        }
        long n = 1;
        while (n <= Integer.MAX_VALUE && speedup(p, (int) n) < target) {
            n = n * 2;
        }
        if (n > Integer.MAX_VALUE && speedup(p, Integer.MAX_VALUE) < target) {
            return -1;
        }
        int lo = (int) Math.max(1, n / 2);
        int hi = (int) Math.min(n, Integer.MAX_VALUE);
        while (lo < hi) {
            int mid = lo + (hi - lo) / 2;
            if (speedup(p, mid) >= target) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
