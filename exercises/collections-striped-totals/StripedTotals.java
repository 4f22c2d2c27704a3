import java.util.HashMap;
import java.util.Map;
import java.util.function.LongUnaryOperator;

class StripedTotals {

    private final int stripes;
    private final Map<String, Long> values = new HashMap<>();

    StripedTotals(int stripes) {
        this.stripes = stripes;   // not used yet: one lock (this) guards everything
    }

    // Replaces key's value (0 when absent) by fn applied to it, atomically for that key, and returns the new value.
    // fn runs while the key's stripe is locked — and only that stripe: keys of other stripes are not held up.
    synchronized long compute(String key, LongUnaryOperator fn) {
        long updated = fn.applyAsLong(values.getOrDefault(key, 0L));
        values.put(key, updated);
        return updated;
    }

    synchronized long get(String key) {
        return values.getOrDefault(key, 0L);
    }

    // The sum of all values.
    synchronized long total() {
        long sum = 0;
        for (long value : values.values()) sum += value;
        return sum;
    }
}
