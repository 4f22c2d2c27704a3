import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

// A plausible wrong solution: the attempt number and the delay are kept in static fields instead of being passed
// from one attempt to the next. One retry at a time works; two retries at once count each other's attempts.
class Retry {

    static int attempts;
    static long delayMs;

    static CompletableFuture<Boolean> retry(ScheduledExecutorService scheduler, BooleanSupplier attempt,
                                            int maxAttempts, Duration firstDelay) {
        CompletableFuture<Boolean> result = new CompletableFuture<>();
        attempts = 0;
        delayMs = firstDelay.toMillis();
        scheduler.execute(() -> attemptOnce(scheduler, attempt, maxAttempts, result));
        return result;
    }

    private static void attemptOnce(ScheduledExecutorService scheduler, BooleanSupplier attempt, int maxAttempts,
                                    CompletableFuture<Boolean> result) {
        attempts++;
        boolean succeeded;
        try {
            succeeded = attempt.getAsBoolean();
        } catch (RuntimeException e) {
            succeeded = false;
        }
        if (succeeded) {
            result.complete(true);
        } else if (attempts == maxAttempts) {
            result.complete(false);
        } else {
            scheduler.schedule(() -> attemptOnce(scheduler, attempt, maxAttempts, result), delayMs,
                    TimeUnit.MILLISECONDS);
            delayMs *= 2;
        }
    }
}
