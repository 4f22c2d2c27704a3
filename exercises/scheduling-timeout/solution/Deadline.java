import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

class Deadline {

    // Runs `task` on `pool` and returns its result if it is there within `timeout`; otherwise — or if the task
    // fails, or the calling thread is interrupted — returns `fallback`. A task that is still running when
    // callWithin returns is cancelled and interrupted: it must not go on holding a pool thread for nothing.
    // (An interrupted caller keeps its interrupt flag set.)
    static <T> T callWithin(ExecutorService pool, Callable<T> task, Duration timeout, T fallback) {
        Future<T> future = pool.submit(task);
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return fallback;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fallback;
        } finally {
            future.cancel(true);         // no effect on a finished task; interrupts one that is still running
        }
    }
}
