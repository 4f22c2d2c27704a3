import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

class Startup {
    private final CountDownLatch latch;
    private final Set<String> names = new HashSet<>();

    Startup(int services) {
        latch = new CountDownLatch(services);
    }

    void ready(String service) {
        synchronized (names) {
            names.add(service);
        }
        latch.countDown();
    }

    Set<String> awaitAll() throws InterruptedException {
        latch.await();
        synchronized (names) {
            return new HashSet<>(names);
        }
    }
}
