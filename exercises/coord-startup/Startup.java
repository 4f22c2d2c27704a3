import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

class Startup {

    private final CountDownLatch allReady;
    private final Set<String> readyServices = ConcurrentHashMap.newKeySet();

    Startup(int services) {
        allReady = new CountDownLatch(1);        // "one signal: everything is ready"
    }

    // Called once by each service, from its own thread, when it is up.
    void ready(String service) {
        allReady.countDown();
        readyServices.add(service);
    }

    // Waits until every service has called ready(), then returns their names.
    Set<String> awaitAll() throws InterruptedException {
        allReady.await();
        return Set.copyOf(readyServices);
    }
}
