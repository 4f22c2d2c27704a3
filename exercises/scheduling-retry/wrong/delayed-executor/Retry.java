import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

// A plausible wrong solution: nothing sleeps, and the back-off is right — but the waiting and the attempts are
// handed to CompletableFuture.delayedExecutor, whose tasks run on the common pool. The scheduler the caller passed
// in is used for the first attempt only; the retries run on threads the caller never gave.
class Retry {

    static CompletableFuture<Boolean> retry(ScheduledExecutorService scheduler, BooleanSupplier attempt,
                                            int maxAttempts, Duration firstDelay) {
        CompletableFuture<Boolean> result = new CompletableFuture<>();
        scheduler.execute(() -> attemptOnce(attempt, 1, maxAttempts, firstDelay.toMillis(), result));
        return result;
    }

    private static void attemptOnce(BooleanSupplier attempt, int n, int maxAttempts, long delayMs,
                                    CompletableFuture<Boolean> result) {
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
            Executor later = CompletableFuture.delayedExecutor(delayMs, TimeUnit.MILLISECONDS);
            later.execute(() -> attemptOnce(attempt, n + 1, maxAttempts, delayMs * 2, result));
        }
    }
}
