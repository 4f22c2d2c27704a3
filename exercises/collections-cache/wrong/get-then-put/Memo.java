import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

// A plausible wrong solution: check, load, put. Two threads that miss the same key at once both load it,
// and each gets its own value.
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
        V value = cache.get(key);
        if (value == null) {
            value = loader.apply(key);
            cache.put(key, value);
        }
        return value;
    }

    /** How many keys are cached. */
    int size() {
        return cache.size();
    }
}
