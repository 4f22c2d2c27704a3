// expect: none
// lines:
// about: a thread-per-task executor never queues: after one task has ended, a task that waits for one submitted after it still meets it (each has its own thread, named by the factory)
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

public class PerTaskLaterTaskHandOff {
    public static void main(String[] args) throws InterruptedException, ExecutionException {
        Set<String> names = ConcurrentHashMap.newKeySet();
        CountDownLatch second = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newThreadPerTaskExecutor(Thread.ofPlatform().name("fetcher-", 0).factory())) {
            Future<String> warmUp = pool.submit(() -> Thread.currentThread().getName());
            names.add(warmUp.get());
            Future<Boolean> waiter = pool.submit(() -> {
                names.add(Thread.currentThread().getName());
                second.await();
                return true;
            });
            pool.execute(() -> {
                names.add(Thread.currentThread().getName());
                second.countDown();
            });
            assert waiter.get() : "the waiter gave up";
        }
        assert names.equals(Set.of("fetcher-0", "fetcher-1", "fetcher-2")) : "threads: " + names;
    }
}
