import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongUnaryOperator;

class StripedTotals {

    private final ReentrantLock[] locks;
    private final Map<String, Long>[] maps;     // maps[i] holds the keys of stripe i, guarded by locks[i] alone

    @SuppressWarnings("unchecked")
    StripedTotals(int stripes) {
        locks = new ReentrantLock[stripes];
        maps = new Map[stripes];
        for (int i = 0; i < stripes; i++) {
            locks[i] = new ReentrantLock();
            maps[i] = new HashMap<>();
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
            long updated = fn.applyAsLong(maps[i].getOrDefault(key, 0L));
            maps[i].put(key, updated);
            return updated;
        } finally {
            locks[i].unlock();
        }
    }

    long get(String key) {
        int i = stripe(key);
        locks[i].lock();
        try {
            return maps[i].getOrDefault(key, 0L);
        } finally {
            locks[i].unlock();
        }
    }

    // The sum of all values. Each stripe is read under its own lock, one after the other.
    long total() {
        long sum = 0;
        for (int i = 0; i < locks.length; i++) {
            locks[i].lock();
            try {
                for (long value : maps[i].values()) sum += value;
            } finally {
                locks[i].unlock();
            }
        }
        return sum;
    }
}
