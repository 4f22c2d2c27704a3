import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

class Startup {

    private final CountDownLatch allReady;
    private final Set<String> readyServices = ConcurrentHashMap.newKeySet();

    Startup(int services) {
        allReady = new CountDownLatch(services); // one count per service that must report
    }

    // Called once by each service, from its own thread, when it is up.
    void ready(String service) {
        readyServices.add(service);              // record first ...
        allReady.countDown();                    // ... then signal: the last countDown() releases the waiters
    }

    // Waits until every service has called ready(), then returns their names.
    Set<String> awaitAll() throws InterruptedException {
        allReady.await(5, TimeUnit.SECONDS);   // WRONG: "five seconds is plenty for a start-up"
        return Set.copyOf(readyServices);
    }
}
