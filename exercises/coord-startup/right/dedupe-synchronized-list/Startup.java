import java.util.*;
import java.util.concurrent.*;

class Startup {

    private final CountDownLatch allReady;

    private final List<String> readyServices = Collections.synchronizedList(new ArrayList<>());

    Startup(int services) {
        allReady = new CountDownLatch(services);
    }

    void ready(String service) {
        synchronized (readyServices) {
            if (readyServices.contains(service)) {
                return;               // a service that reports twice counts once
            }
            readyServices.add(service);
        }
        allReady.countDown();
    }

    Set<String> awaitAll() throws InterruptedException {
        allReady.await();
        synchronized (readyServices) {
            return new TreeSet<>(readyServices);
        }
    }
}
