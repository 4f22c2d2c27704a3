import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

// A plausible wrong solution: an attempt that throws is caught and retried — but as the same attempt number, so
// throws never count against maxAttempts. An attempt that always throws is retried for ever.
class Retry {

    static CompletableFuture<Boolean> retry(ScheduledExecutorService scheduler, BooleanSupplier attempt,
                                            int maxAttempts, Duration firstDelay) {
        CompletableFuture<Boolean> result = new CompletableFuture<>();
        scheduler.execute(() -> attemptOnce(scheduler, attempt, 1, maxAttempts, firstDelay.toMillis(), result));
        return result;
    }

    private static void attemptOnce(ScheduledExecutorService scheduler, BooleanSupplier attempt, int n,
                                    int maxAttempts, long delayMs, CompletableFuture<Boolean> result) {
        try {
            if (attempt.getAsBoolean()) {
                result.complete(true);
            } else if (n == maxAttempts) {
                result.complete(false);
            } else {
                scheduler.schedule(() -> attemptOnce(scheduler, attempt, n + 1, maxAttempts, delayMs * 2, result),
                        delayMs, TimeUnit.MILLISECONDS);
            }
        } catch (RuntimeException e) {
            scheduler.schedule(() -> attemptOnce(scheduler, attempt, n, maxAttempts, delayMs * 2, result),
                    delayMs, TimeUnit.MILLISECONDS);
        }
    }
}
