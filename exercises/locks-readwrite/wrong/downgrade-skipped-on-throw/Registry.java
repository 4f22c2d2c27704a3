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
            if (endpoint == null) {
                rw.readLock().unlock();          // must release the read lock before taking the write lock
                rw.writeLock().lock();
                try {
                    endpoint = endpoints.get(service);
                    if (endpoint == null) {
                        endpoint = resolver.apply(service);
                        endpoints.put(service, endpoint);
                    }
                    rw.readLock().lock();        // downgrade: keep reading what we wrote
                } finally {
                    rw.writeLock().unlock();
                }
            }
            return endpoint;
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
