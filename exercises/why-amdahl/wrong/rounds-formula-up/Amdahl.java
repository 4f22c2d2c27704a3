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

    // Solve 1 / ((1 - p) + p / n) = target for n, then round up.
    static int workersFor(double p, double target) {
        check(p);
        if (target <= 1) {
            return 1;
        }
        if (target >= maxSpeedup(p)) {
            return -1;
        }
        double n = p / (1 / target - (1 - p));
        if (n > Integer.MAX_VALUE) {
            return -1;
        }
        return (int) Math.ceil(n);
    }
}
