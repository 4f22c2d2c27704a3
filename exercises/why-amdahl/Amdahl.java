class Amdahl {

    /** The best speed-up when a fraction p (0..1) of the work runs in parallel on n workers (n >= 1). */
    static double speedup(double p, int n) {
        throw new UnsupportedOperationException("TODO: your code");
    }

    /** The limit of speedup(p, n) as n grows without bound: 1 / (1 - p), infinite for p == 1. */
    static double maxSpeedup(double p) {
        throw new UnsupportedOperationException("TODO: your code");
    }

    /** The smallest n >= 1 with speedup(p, n) >= target, or -1 if no number of workers reaches target. */
    static int workersFor(double p, double target) {
        throw new UnsupportedOperationException("TODO: your code");
    }
}
