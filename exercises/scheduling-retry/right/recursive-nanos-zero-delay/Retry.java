import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

class Retry {

    static CompletableFuture<Boolean> retry(ScheduledExecutorService scheduler, BooleanSupplier attempt,
                                            int maxAttempts, Duration firstDelay) {
        CompletableFuture<Boolean> outcome = new CompletableFuture<>();
        scheduler.schedule(() -> tryNumber(1, scheduler, attempt, maxAttempts, firstDelay, outcome), 0, TimeUnit.NANOSECONDS);
        return outcome;
    }

    private static void tryNumber(int n, ScheduledExecutorService scheduler, BooleanSupplier attempt,
                                  int maxAttempts, Duration firstDelay, CompletableFuture<Boolean> outcome) {
        if (succeeds(attempt)) {
            outcome.complete(true);
        } else if (n >= maxAttempts) {
            outcome.complete(false);
        } else {
            long waitNanos = firstDelay.toNanos() << (n - 1);
            scheduler.schedule(() -> tryNumber(n + 1, scheduler, attempt, maxAttempts, firstDelay, outcome),
                    waitNanos, TimeUnit.NANOSECONDS);
        }
    }

    private static boolean succeeds(BooleanSupplier attempt) {
        try {
            return attempt.getAsBoolean();
        } catch (RuntimeException e) {
            System.err.println("attempt failed: " + e);
            return false;
        }
    }
}
