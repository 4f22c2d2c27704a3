import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

// A plausible wrong solution: the delay is doubled before it is used, so the waits are 2×, 4×, 8× firstDelay
// instead of 1×, 2×, 4×. Every gap is long enough — too long: a call that would succeed on the second try waits
// twice as long as it should.
class Retry {

    static CompletableFuture<Boolean> retry(ScheduledExecutorService scheduler, BooleanSupplier attempt,
                                            int maxAttempts, Duration firstDelay) {
        CompletableFuture<Boolean> result = new CompletableFuture<>();
        scheduler.execute(() -> attemptOnce(scheduler, attempt, 1, maxAttempts, firstDelay.toMillis(), result));
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
            long next = delayMs * 2;
            scheduler.schedule(() -> attemptOnce(scheduler, attempt, n + 1, maxAttempts, next, result),
                    next, TimeUnit.MILLISECONDS);
        }
    }
}
