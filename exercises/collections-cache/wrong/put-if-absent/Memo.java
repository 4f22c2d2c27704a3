import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

// A plausible wrong solution: putIfAbsent is atomic, but its argument is computed first, on every call —
// the loader runs even when the key is cached.
class Memo<K, V> {

    private final ConcurrentHashMap<K, V> cache = new ConcurrentHashMap<>();
    private final Function<K, V> loader;

    /** loader computes the value of a key; it may be slow and must run at most once per key. */
    Memo(Function<K, V> loader) {
        this.loader = loader;
    }

    /**
     * The value of key: loaded on the first request, from the cache afterwards. When several threads ask for
     * a missing key at once, the loader runs once and all of them get the same value. If the loader throws,
     * the exception reaches the caller and nothing is cached (a later get tries again).
     */
    V get(K key) {
        V loaded = loader.apply(key);
        V earlier = cache.putIfAbsent(key, loaded);
        return earlier != null ? earlier : loaded;
    }

    /** How many keys are cached. */
    int size() {
        return cache.size();
    }
}
