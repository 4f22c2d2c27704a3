import java.util.HashMap;
import java.util.Map;
import java.util.function.LongUnaryOperator;

class StripedTotals {
    private final int stripes;
    private final Object[] locks;
    private final Map<String, Long>[] maps;

    @SuppressWarnings("unchecked")
    StripedTotals(int stripes) {
        this.stripes = stripes;
        locks = new Object[stripes];
        maps = new Map[stripes];
        for (int i = 0; i < stripes; i++) { locks[i] = new Object(); maps[i] = new HashMap<>(); }
    }

    private int stripe(String key) { return key.hashCode() & (stripes - 1); }

    long compute(String key, LongUnaryOperator fn) {
        int s = stripe(key);
        synchronized (locks[s]) {
            long updated = fn.applyAsLong(maps[s].getOrDefault(key, 0L));
            maps[s].put(key, updated);
            return updated;
        }
    }

    long get(String key) {
        int s = stripe(key);
        synchronized (locks[s]) { return maps[s].getOrDefault(key, 0L); }
    }

    long total() {
        long sum = 0;
        for (int s = 0; s < stripes; s++) {
            synchronized (locks[s]) { for (long v : maps[s].values()) sum += v; }
        }
        return sum;
    }
}
