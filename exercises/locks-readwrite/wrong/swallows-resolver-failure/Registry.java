import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

class Registry {

    private final Map<String, String> endpoints = new HashMap<>();
    private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
    private final Function<String, String> resolver;

    Registry(Function<String, String> resolver) {
        this.resolver = resolver;
    }

    String lookup(String service) {
        rw.readLock().lock();
        try {
            String endpoint = endpoints.get(service);
            if (endpoint != null) return endpoint;
        } finally {
            rw.readLock().unlock();
        }
        rw.writeLock().lock();
        try {
            String endpoint = endpoints.get(service);
            if (endpoint == null) {
                try {
                    endpoint = resolver.apply(service);
                } catch (RuntimeException resolverDown) {
                    return null;                     // unknown for now; the next lookup tries again
                }
                endpoints.put(service, endpoint);
            }
            return endpoint;
        } finally {
            rw.writeLock().unlock();
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
