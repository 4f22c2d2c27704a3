import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BooleanSupplier;

class Retry {

    // Calls `attempt` until it returns true, at most `maxAttempts` times. The first call happens at once; after
    // the n-th failed call, the next one comes firstDelay × 2^(n-1) later: 1×, 2×, 4×, … firstDelay. An attempt
    // that throws counts as a failed one. Returns at once: the calls and the waiting happen on `scheduler`, and
    // no thread sleeps. The future completes with true as soon as an attempt succeeds, or with false after
    // `maxAttempts` failures.
    static CompletableFuture<Boolean> retry(ScheduledExecutorService scheduler, BooleanSupplier attempt,
                                            int maxAttempts, Duration firstDelay) {
        for (int n = 1; n <= maxAttempts; n++) {
            try {
                if (attempt.getAsBoolean()) {
                    return CompletableFuture.completedFuture(true);
                }
            } catch (RuntimeException e) {
                // a failed attempt
            }
            if (n < maxAttempts) {
                try {
                    Thread.sleep(firstDelay.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return CompletableFuture.completedFuture(false);
                }
            }
        }
        return CompletableFuture.completedFuture(false);
    }
}
