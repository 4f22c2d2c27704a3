import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

class Memo<K, V> {
    private final ConcurrentHashMap<K, V> cache = new ConcurrentHashMap<>();
    private final Function<K, V> loader;
    Memo(Function<K, V> loader) { this.loader = loader; }
    V get(K key) {
        try {
            return cache.computeIfAbsent(key, loader);
        } catch (RuntimeException e) {
            throw new IllegalStateException("could not load " + key, e);
        }
    }
    int size() { return cache.size(); }
}
