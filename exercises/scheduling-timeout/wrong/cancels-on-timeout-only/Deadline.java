import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

// A plausible wrong solution: the task is cancelled when the time is up — but only then. When the caller is
// interrupted while it waits, callWithin returns the fallback and leaves the task running on its pool thread.
class Deadline {

    static <T> T callWithin(ExecutorService pool, Callable<T> task, Duration timeout, T fallback) {
        Future<T> future = pool.submit(task);
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return fallback;
        } catch (ExecutionException e) {
            return fallback;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fallback;
        }
    }
}
