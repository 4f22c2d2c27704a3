import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

// A plausible wrong solution: one catch for every way the wait can fail, and the task is cancelled in finally — but
// `catch (Exception e)` also catches the InterruptedException and forgets it: the caller's interrupt flag is
// cleared, and the code above it never learns that it was asked to stop.
class Deadline {

    static <T> T callWithin(ExecutorService pool, Callable<T> task, Duration timeout, T fallback) {
        Future<T> future = pool.submit(task);
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            return fallback;
        } finally {
            future.cancel(true);
        }
    }
}
