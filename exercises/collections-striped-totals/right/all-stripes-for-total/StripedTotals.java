import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongUnaryOperator;

class StripedTotals {
    private final int stripes;
    private final ReentrantLock[] locks;
    private final Map<String, Long>[] maps;

    @SuppressWarnings("unchecked")
    StripedTotals(int stripes) {
        this.stripes = stripes;
        locks = new ReentrantLock[stripes];
        maps = new Map[stripes];
        for (int i = 0; i < stripes; i++) { locks[i] = new ReentrantLock(); maps[i] = new HashMap<>(); }
    }

    private int stripe(String key) { return Math.floorMod(key.hashCode(), stripes); }

    long compute(String key, LongUnaryOperator fn) {
        int s = stripe(key);
        locks[s].lock();
        try {
            long updated = fn.applyAsLong(maps[s].getOrDefault(key, 0L));
            maps[s].put(key, updated);
            return updated;
        } finally {
            locks[s].unlock();
        }
    }

    long get(String key) {
        int s = stripe(key);
        locks[s].lock();
        try {
            return maps[s].getOrDefault(key, 0L);
        } finally {
            locks[s].unlock();
        }
    }

    // every stripe locked at once, always in index order (compute holds one lock only, so no cycle)
    long total() {
        for (ReentrantLock lock : locks) lock.lock();
        try {
            long sum = 0;
            for (Map<String, Long> m : maps) for (long v : m.values()) sum += v;
            return sum;
        } finally {
            for (ReentrantLock lock : locks) lock.unlock();
        }
    }
}
