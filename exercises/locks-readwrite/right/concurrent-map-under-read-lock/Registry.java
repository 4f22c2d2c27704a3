import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

class Registry {

    private final Map<String, String> endpoints = new ConcurrentHashMap<>();
    private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
    private final Function<String, String> resolver;

    Registry(Function<String, String> resolver) {
        this.resolver = resolver;
    }

    // the map does the once-per-service part itself; the read lock only keeps update() out
    String lookup(String service) {
        rw.readLock().lock();
        try {
            return endpoints.computeIfAbsent(service, resolver);
        } finally {
            rw.readLock().unlock();
        }
    }

    void update(String service, String endpoint) {
        rw.writeLock().lock();
        try {
            endpoints.put(service, endpoint);
        } finally {
            rw.writeLock().unlock();
        }
    }

    int size() {
        rw.readLock().lock();
        try {
            return endpoints.size();
        } finally {
            rw.readLock().unlock();
        }
    }
}
