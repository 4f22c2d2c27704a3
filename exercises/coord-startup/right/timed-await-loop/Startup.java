import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

class Startup {
    private final CountDownLatch latch;
    private final Set<String> names = ConcurrentHashMap.newKeySet();

    Startup(int services) {
        latch = new CountDownLatch(services);
    }

    void ready(String service) {
        names.add(service);
        latch.countDown();
    }

    Set<String> awaitAll() throws InterruptedException {
        // wake up now and then so a stuck start-up shows in the log
        while (!latch.await(10, TimeUnit.SECONDS)) {
            System.err.println("still waiting for " + latch.getCount() + " service(s)");
        }
        return Set.copyOf(names);
    }
}
