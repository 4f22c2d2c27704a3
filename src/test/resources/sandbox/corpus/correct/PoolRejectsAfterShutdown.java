// expect: none
// lines:
// about: execute after shutdown() throws RejectedExecutionException (the default policy), and the task before it still runs
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

public class PoolRejectsAfterShutdown {
    public static void main(String[] args) throws InterruptedException {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        AtomicBoolean first = new AtomicBoolean();
        pool.execute(() -> first.set(true));
        pool.shutdown();
        boolean rejected = false;
        try {
            pool.execute(() -> {
                throw new AssertionError("ran after shutdown");
            });
        } catch (RejectedExecutionException expected) {
            rejected = true;
        }
        assert rejected : "not rejected";
        assert pool.awaitTermination(1, TimeUnit.DAYS) : "not terminated";
        assert first.get() : "the first task did not run";
    }
}
