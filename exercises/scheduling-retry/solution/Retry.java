import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

class Retry {

    // Calls `attempt` until it returns true, at most `maxAttempts` times. The first call happens at once; after
    // the n-th failed call, the next one comes firstDelay × 2^(n-1) later: 1×, 2×, 4×, … firstDelay. An attempt
    // that throws counts as a failed one. Returns at once: the calls and the waiting happen on `scheduler`, and
    // no thread sleeps. The future completes with true as soon as an attempt succeeds, or with false after
    // `maxAttempts` failures.
    static CompletableFuture<Boolean> retry(ScheduledExecutorService scheduler, BooleanSupplier attempt,
                                            int maxAttempts, Duration firstDelay) {
        CompletableFuture<Boolean> result = new CompletableFuture<>();
        scheduler.execute(() -> attemptOnce(scheduler, attempt, 1, maxAttempts, firstDelay.toMillis(), result));
        return result;
    }

    // Attempt number n; on failure, schedules attempt n + 1 after delayMs and returns: no thread waits.
    private static void attemptOnce(ScheduledExecutorService scheduler, BooleanSupplier attempt, int n,
                                    int maxAttempts, long delayMs, CompletableFuture<Boolean> result) {
        boolean succeeded;
        try {
            succeeded = attempt.getAsBoolean();
        } catch (RuntimeException e) {
            succeeded = false;           // must not escape: nobody would ever complete the result
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
