import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

class Memo<K, V> {
    // Goetz's Memoizer: the map holds the loading, not the value, so a second caller waits for the first one's
    private final ConcurrentHashMap<K, FutureTask<V>> cache = new ConcurrentHashMap<>();
    private final Function<K, V> loader;

    Memo(Function<K, V> loader) {
        this.loader = loader;
    }

    V get(K key) {
        FutureTask<V> task = cache.get(key);
        if (task == null) {
            FutureTask<V> mine = new FutureTask<>(() -> loader.apply(key));
            task = cache.putIfAbsent(key, mine);
            if (task == null) {
                task = mine;
                mine.run();
            }
        }
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for " + key);
        } catch (ExecutionException e) {
            cache.remove(key, task);
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    int size() {
        return cache.size();
    }
}
