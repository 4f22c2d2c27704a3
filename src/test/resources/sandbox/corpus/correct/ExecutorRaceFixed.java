// expect: none
// lines:
// about: the tasks increment an AtomicInteger and invokeAll waits for both before the pool is shut down and the count is read
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

public class ExecutorRaceFixed {
    static final AtomicInteger count = new AtomicInteger();

    public static void main(String[] args) throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Callable<Integer>> tasks = List.of(count::incrementAndGet, count::incrementAndGet);
        for (Future<Integer> f : pool.invokeAll(tasks)) {
            f.get();
        }
        pool.shutdown();
        assert count.get() == 2 : "lost update: count = " + count.get();
    }
}
