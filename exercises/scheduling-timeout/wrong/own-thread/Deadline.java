import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

// A plausible wrong solution: to be able to interrupt the task, it runs on a thread of its own instead of on
// `pool`, and that thread is interrupted when the time is up. Every call now starts a new thread — the pool that was
// meant to bound how many slow calls run at once bounds nothing.
class Deadline {

    static <T> T callWithin(ExecutorService pool, Callable<T> task, Duration timeout, T fallback) {
        FutureTask<T> future = new FutureTask<>(task);
        Thread runner = Thread.ofPlatform().daemon().start(future);
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return fallback;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fallback;
        } finally {
            runner.interrupt();
        }
    }
}
