import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

// A plausible wrong solution: back-off on the scheduler, but an attempt that throws is not caught. The exception
// ends up in a Future nobody reads, no next attempt is scheduled, and the result never completes.
class Retry {

    static CompletableFuture<Boolean> retry(ScheduledExecutorService scheduler, BooleanSupplier attempt,
                                            int maxAttempts, Duration firstDelay) {
        CompletableFuture<Boolean> result = new CompletableFuture<>();
        scheduler.execute(() -> attemptOnce(scheduler, attempt, 1, maxAttempts, firstDelay.toMillis(), result));
        return result;
    }

    private static void attemptOnce(ScheduledExecutorService scheduler, BooleanSupplier attempt, int n,
                                    int maxAttempts, long delayMs, CompletableFuture<Boolean> result) {
        if (attempt.getAsBoolean()) {
            result.complete(true);
        } else if (n == maxAttempts) {
            result.complete(false);
        } else {
            scheduler.schedule(() -> attemptOnce(scheduler, attempt, n + 1, maxAttempts, delayMs * 2, result),
                    delayMs, TimeUnit.MILLISECONDS);
        }
    }
}
