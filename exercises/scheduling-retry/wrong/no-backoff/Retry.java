import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

// A plausible wrong solution: non-blocking and on the scheduler, but every retry waits the same firstDelay — no
// back-off. A struggling server gets hammered at a steady rate instead of being given more and more room.
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
            scheduler.schedule(() -> attemptOnce(scheduler, attempt, n + 1, maxAttempts, delayMs, result),
                    delayMs, TimeUnit.MILLISECONDS);
        }
    }
}
