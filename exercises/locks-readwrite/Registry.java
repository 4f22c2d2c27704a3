import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

class Registry {

    private final Map<String, String> endpoints = new HashMap<>();
    private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
    private final Function<String, String> resolver;    // slow: asks the network where a service lives

    Registry(Function<String, String> resolver) {
        this.resolver = resolver;
    }

    /** The endpoint of service: known ones from the map, unknown ones resolved once and remembered. */
    String lookup(String service) {
        rw.readLock().lock();
        try {
            String endpoint = endpoints.get(service);
            if (endpoint == null) {
                rw.writeLock().lock();              // not known yet: take the write lock to add it
                try {
                    endpoint = resolver.apply(service);
                    endpoints.put(service, endpoint);
                } finally {
                    rw.writeLock().unlock();
                }
            }
            return endpoint;
        } finally {
            rw.readLock().unlock();
        }
    }

    /** An administrator moves service to a new endpoint. */
    void update(String service, String endpoint) {
        rw.writeLock().lock();
        try {
            endpoints.put(service, endpoint);
        } finally {
            rw.writeLock().unlock();
        }
    }

    /** How many services are known. */
    int size() {
        rw.readLock().lock();
        try {
            return endpoints.size();
        } finally {
            rw.readLock().unlock();
        }
    }
}
