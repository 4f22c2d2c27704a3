package dev.threadlings.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Median, minimum and maximum of some samples (seconds). The median, not the mean: one run that lost the CPU to
 * another process should not move the figure.
 *
 * @param median the middle sample, or the mean of the two middle ones for an even count; NaN when there are none
 * @param min    the smallest sample; NaN when there are none
 * @param max    the largest sample; NaN when there are none
 * @param count  how many samples there were
 */
public record Stats(double median, double min, double max, int count) {

    /** Summarises {@code samples} (in any order; not modified). */
    public static Stats of(List<Double> samples) {
        if (samples.isEmpty()) {
            return new Stats(Double.NaN, Double.NaN, Double.NaN, 0);
        }
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return new Stats(median, sorted.getFirst(), sorted.getLast(), n);
    }

    /** True when there was at least one sample. */
    public boolean present() {
        return count > 0;
    }

    /** {@code this.median / other.median}, NaN when either is missing or the other is zero. */
    public double ratioTo(Stats other) {
        return present() && other.present() && other.median != 0 ? median / other.median : Double.NaN;
    }
}
