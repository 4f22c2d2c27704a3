import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

class Deadline {

    static <T> T callWithin(ExecutorService pool, Callable<T> task, Duration timeout, T fallback) {
        Future<T> future = pool.submit(task);
        try {
            return future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return fallback;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fallback;
        } finally {
            future.cancel(true);     // a no-op when the task is done; otherwise it stops holding a pool thread
        }
    }
}
