import java.util.*;
import java.util.concurrent.*;

class Startup {

    private final CountDownLatch allReady;

    private final List<String> readyServices = new CopyOnWriteArrayList<>();

    Startup(int services) {
        allReady = new CountDownLatch(services);
    }

    void ready(String service) {
        readyServices.add(service);
        System.out.println(service + " is up, waiting for " + (allReady.getCount() - 1) + " more");
        allReady.countDown();
    }

    Set<String> awaitAll() throws InterruptedException {
        allReady.await();
        return readyServices.stream().collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
