// expect: none
// lines:
// about: a fixed pool made with a ThreadFactory runs its tasks on the factory's named threads only
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

public class PoolThreadFactoryNames {
    public static void main(String[] args) throws InterruptedException {
        AtomicInteger made = new AtomicInteger();
        ThreadFactory named = r -> {
            Thread t = new Thread(r, "worker-" + made.getAndIncrement());
            t.setDaemon(true);
            return t;
        };
        Set<String> names = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(2, named);
        for (int i = 0; i < 4; i++) {
            pool.execute(() -> names.add(Thread.currentThread().getName()));
        }
        pool.shutdown();
        assert pool.awaitTermination(1, TimeUnit.DAYS) : "not terminated";
        assert !names.isEmpty() && Set.of("worker-0", "worker-1").containsAll(names) : "names " + names;
        assert made.get() <= 2 : made.get() + " threads made";
    }
}
