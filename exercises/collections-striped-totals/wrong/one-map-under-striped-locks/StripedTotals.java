import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongUnaryOperator;

class StripedTotals {

    private final ReentrantLock[] locks;
    private final Map<String, Long> values = new HashMap<>();   // each key guarded by its stripe's lock

    StripedTotals(int stripes) {
        locks = new ReentrantLock[stripes];
        for (int i = 0; i < stripes; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    // A key's stripe: Math.floorMod(key.hashCode(), stripes).
    private int stripe(String key) {
        return Math.floorMod(key.hashCode(), locks.length);   // % alone is negative for a negative hash code
    }

    // Replaces key's value (0 when absent) by fn applied to it, atomically for that key, and returns the new value.
    // fn runs while the key's stripe is locked — and only that stripe: keys of other stripes are not held up.
    long compute(String key, LongUnaryOperator fn) {
        int i = stripe(key);
        locks[i].lock();
        try {
            long updated = fn.applyAsLong(values.getOrDefault(key, 0L));
            values.put(key, updated);
            return updated;
        } finally {
            locks[i].unlock();
        }
    }

    long get(String key) {
        int i = stripe(key);
        locks[i].lock();
        try {
            return values.getOrDefault(key, 0L);
        } finally {
            locks[i].unlock();
        }
    }

    // The sum of all values. Each stripe is read under its own lock, one after the other.
    long total() {
        for (ReentrantLock lock : locks) lock.lock();      // every stripe, always in the same order
        try {
            long sum = 0;
            for (long value : values.values()) sum += value;
            return sum;
        } finally {
            for (ReentrantLock lock : locks) lock.unlock();
        }
    }
}
