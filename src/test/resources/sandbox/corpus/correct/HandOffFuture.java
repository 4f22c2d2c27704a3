// expect: none
// lines:
// about: race-free: a task writes a plain field; Future.get() happens after the task, and an awaitTermination that returned true after all tasks
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

public class HandOffFuture {
    static int computed;
    static int logged;

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<?> f = pool.submit(() -> {
            computed = 42;
        });
        pool.execute(() -> logged = 1);
        f.get();
        assert computed == 42;
        pool.shutdown();
        while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
            // false only means "not yet": a pool thread may be slow for any time
        }
        assert logged == 1;
    }
}
