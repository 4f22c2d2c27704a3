import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Supplier;

class Registry {

    private final Map<String, String> endpoints = new HashMap<>();
    private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
    private final Function<String, String> resolver;

    Registry(Function<String, String> resolver) {
        this.resolver = resolver;
    }

    private static <T> T under(Lock lock, Supplier<T> body) {
        lock.lock();
        try {
            return body.get();
        } finally {
            lock.unlock();
        }
    }

    String lookup(String service) {
        return Optional.ofNullable(under(rw.readLock(), () -> endpoints.get(service)))
                .orElseGet(() -> under(rw.writeLock(), () -> {
                    String known = endpoints.get(service);
                    if (known != null) {
                        System.out.println("[registry] " + service + " resolved by someone else meanwhile");
                        return known;
                    }
                    String resolved = resolver.apply(service);
                    endpoints.put(service, resolved);
                    return resolved;
                }));
    }

    void update(String service, String endpoint) {
        under(rw.writeLock(), () -> endpoints.put(service, endpoint));
    }

    int size() {
        return under(rw.readLock(), endpoints::size);
    }
}
