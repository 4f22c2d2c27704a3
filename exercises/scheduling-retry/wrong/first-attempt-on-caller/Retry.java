import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

// A plausible wrong solution: the retries are scheduled, but the first attempt runs right away on the caller's
// thread — a slow first call blocks the caller, which was promised that retry returns at once.
class Retry {

    static CompletableFuture<Boolean> retry(ScheduledExecutorService scheduler, BooleanSupplier attempt,
                                            int maxAttempts, Duration firstDelay) {
        CompletableFuture<Boolean> result = new CompletableFuture<>();
        attemptOnce(scheduler, attempt, 1, maxAttempts, firstDelay.toMillis(), result);
        return result;
    }

    private static void attemptOnce(ScheduledExecutorService scheduler, BooleanSupplier attempt, int n,
                                    int maxAttempts, long delayMs, CompletableFuture<Boolean> result) {
        boolean succeeded;
        try {
            succeeded = attempt.getAsBoolean();
        } catch (RuntimeException e) {
            succeeded = false;
        }
        if (succeeded) {
            result.complete(true);
        } else if (n == maxAttempts) {
            result.complete(false);
        } else {
            scheduler.schedule(() -> attemptOnce(scheduler, attempt, n + 1, maxAttempts, delayMs * 2, result),
                    delayMs, TimeUnit.MILLISECONDS);
        }
    }
}
