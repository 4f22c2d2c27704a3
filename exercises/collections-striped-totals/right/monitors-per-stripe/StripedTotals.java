import java.util.HashMap;
import java.util.Map;
import java.util.function.LongUnaryOperator;

class StripedTotals {

    // One small object per stripe: its monitor guards its map.
    private record Stripe(Map<String, Long> values) {}

    private final Stripe[] stripes;

    StripedTotals(int stripes) {
        this.stripes = new Stripe[stripes];
        for (int i = 0; i < stripes; i++) this.stripes[i] = new Stripe(new HashMap<>());
    }

    private Stripe stripeOf(String key) {
        return stripes[Math.floorMod(key.hashCode(), stripes.length)];
    }

    long compute(String key, LongUnaryOperator fn) {
        Stripe stripe = stripeOf(key);
        synchronized (stripe) {
            long updated = fn.applyAsLong(stripe.values().getOrDefault(key, 0L));
            stripe.values().put(key, updated);
            return updated;
        }
    }

    long get(String key) {
        Stripe stripe = stripeOf(key);
        synchronized (stripe) {
            return stripe.values().getOrDefault(key, 0L);
        }
    }

    long total() {
        long sum = 0;
        for (Stripe stripe : stripes) {
            synchronized (stripe) {
                for (long value : stripe.values().values()) sum += value;
            }
        }
        return sum;
    }
}
