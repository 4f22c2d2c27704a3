import java.util.*;
import java.util.concurrent.*;

class Startup {

    private final CountDownLatch allReady;

    private final Set<String> readyServices = ConcurrentHashMap.newKeySet();

    Startup(int services) {
        allReady = new CountDownLatch(services);
    }

    void ready(String service) {
        readyServices.add(service);
        allReady.countDown();
    }

    Set<String> awaitAll() throws InterruptedException {
        try {
            allReady.await();
        } catch (InterruptedException e) {
            System.err.println("interrupted while waiting for the services");   // WRONG: goes on with what it has
        }
        return Set.copyOf(readyServices);
    }
}
