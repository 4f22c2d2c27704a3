class Amdahl {

    /** The best speed-up when a fraction p (0..1) of the work runs in parallel on n workers (n >= 1). */
    static double speedup(double p, int n) {
        checkFraction(p);
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, was " + n);
        }
        return 1 / ((1 - p) + p / n);
    }

    /** The limit of speedup(p, n) as n grows without bound: 1 / (1 - p), infinite for p == 1. */
    static double maxSpeedup(double p) {
        if (p < 0 || p > 1) {         // WRONG: NaN is neither below 0 nor above 1
            throw new IllegalArgumentException("p must be between 0 and 1, was " + p);
        }
        return 1 / (1 - p);           // 1 / 0.0 is +Infinity in floating point
    }

    /** The smallest n >= 1 with speedup(p, n) >= target, or -1 if no number of workers reaches target. */
    static int workersFor(double p, double target) {
        checkFraction(p);
        if (target <= 1) {
            return 1;
        }
        if (target >= maxSpeedup(p)) {
            return -1;                // the sequential part alone takes too long
        }
        // Solve 1 / ((1 - p) + p / n) >= target for n: n >= p / (1 / target - (1 - p)).
        double estimate = Math.max(1, Math.ceil(p / (1 / target - (1 - p))));
        if (estimate >= Integer.MAX_VALUE) {
            return -1;                // only rounding kept the target below the limit: no int count reaches it
        }
        int n = (int) estimate;
        // Floating point can leave the estimate one off either way: settle it with the formula itself.
        while (n > 1 && speedup(p, n - 1) >= target) {
            n--;
        }
        while (speedup(p, n) < target) {
            n++;
        }
        return n;
    }

    private static void checkFraction(double p) {
        if (!(p >= 0 && p <= 1)) {    // written this way round, NaN fails the test too
            throw new IllegalArgumentException("p must be between 0 and 1, was " + p);
        }
    }
}
