// expect: none
// lines:
// about: race-free: a task writes a plain field; Future.get() happens after the task, and shutdown/awaitTermination after all tasks
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
        pool.awaitTermination(1, TimeUnit.MINUTES);
        assert logged == 1;
    }
}
