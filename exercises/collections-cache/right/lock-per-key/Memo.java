import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

class Memo<K, V> {
    private final ConcurrentHashMap<K, V> cache = new ConcurrentHashMap<>();
    private final Function<K, V> loader;
    // one lock per key: threads missing the same key meet on it
    private final ConcurrentHashMap<K, Object> locks = new ConcurrentHashMap<>();
    Memo(Function<K, V> loader) { this.loader = loader; }
    V get(K key) {
        V v = cache.get(key);
        if (v != null) return v;
        Object lock = locks.computeIfAbsent(key, k -> new Object());
        synchronized (lock) {
            v = cache.get(key);
            if (v == null) {
                v = loader.apply(key);
                cache.put(key, v);
            }
            return v;
        }
    }
    int size() { return cache.size(); }
}
