class Amdahl {

    static double speedup(double p, int n) {
        requireFraction(p);
        if (n < 1) throw new IllegalArgumentException("need at least one worker: " + n);
        double serial = 1.0 - p;
        return 1.0 / (serial + p / n);
    }

    static double maxSpeedup(double p) {
        requireFraction(p);
        return p == 1.0 ? Double.POSITIVE_INFINITY : 1.0 / (1.0 - p);
    }

    static int workersFor(double p, double target) {
        requireFraction(p);
        if (target <= 1.0) return 1;
        if (speedup(p, Integer.MAX_VALUE) < target) return -1; // speedup grows with n: the most workers decide
        int low = 1;                   // speedup(p, low) may be too small
        int high = Integer.MAX_VALUE;  // speedup(p, high) >= target
        while (low < high) {
            int mid = low + (high - low) / 2;
            if (speedup(p, mid) >= target) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    private static void requireFraction(double p) {
        if (Double.isNaN(p) || p < 0.0 || p > 1.0) {
            throw new IllegalArgumentException("p must be in [0, 1]: " + p);
        }
    }
}
