import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

class Memo<K, V> {
    private final ConcurrentHashMap<K, V> cache = new ConcurrentHashMap<>();
    private final Function<K, V> loader;

    Memo(Function<K, V> loader) {
        this.loader = loader;
    }

    V get(K key) {
        V hit = cache.get(key); // most calls are hits: no bin lock for them
        if (hit != null) {
            return hit;
        }
        return cache.computeIfAbsent(key, k -> loader.apply(k));
    }

    int size() {
        return cache.size();
    }
}
