import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

// A plausible wrong fix: CompletableFuture's completeOnTimeout gives the fallback in time, and cancel(true) looks
// like it stops the task. But a CompletableFuture does not know which thread computes it: completing or
// cancelling it never interrupts the task, which keeps the pool thread busy.
class Deadline {

    static <T> T callWithin(ExecutorService pool, Callable<T> task, Duration timeout, T fallback) {
        CompletableFuture<T> future = CompletableFuture.supplyAsync(() -> {
            try {
                return task.call();
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, pool);
        try {
            return future.completeOnTimeout(fallback, timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .exceptionally(e -> fallback)
                    .join();
        } finally {
            future.cancel(true);
        }
    }
}
