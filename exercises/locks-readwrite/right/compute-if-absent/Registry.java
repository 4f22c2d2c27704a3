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
        rw.readLock().lock();                       // the common case: many lookups at once, no waiting
        try {
            String endpoint = endpoints.get(service);
            if (endpoint != null) {
                return endpoint;
            }
        } finally {
            rw.readLock().unlock();                 // release the read lock BEFORE asking for the write lock
        }
        rw.writeLock().lock();
        try {
            return endpoints.computeIfAbsent(service, resolver);   // looks again, and resolves only if still missing
        } finally {
            rw.writeLock().unlock();
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
