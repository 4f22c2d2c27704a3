import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

// A plausible wrong fix: no more upgrade, but no second check under the write lock. Between the two locks
// another thread may resolve the same service (the resolver runs twice) or update it (the update is undone).
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
            if (endpoint != null) {
                return endpoint;
            }
        } finally {
            rw.readLock().unlock();                 // no upgrade any more: release first
        }
        rw.writeLock().lock();
        try {
            String endpoint = resolver.apply(service);   // "we know it is missing": but that was under the other lock
            endpoints.put(service, endpoint);
            return endpoint;
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
