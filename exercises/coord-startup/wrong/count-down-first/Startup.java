import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

// A plausible wrong fix: the latch now counts every service — but ready() still counts down before it records the
// name. The last countDown() lets awaitAll() through before that service's name is in the set.
class Startup {

    private final CountDownLatch allReady;
    private final Set<String> readyServices = ConcurrentHashMap.newKeySet();

    Startup(int services) {
        allReady = new CountDownLatch(services);
    }

    void ready(String service) {
        allReady.countDown();
        readyServices.add(service);
    }

    Set<String> awaitAll() throws InterruptedException {
        allReady.await();
        return Set.copyOf(readyServices);
    }
}
