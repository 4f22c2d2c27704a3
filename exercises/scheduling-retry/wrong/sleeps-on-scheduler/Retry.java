import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BooleanSupplier;

// A plausible wrong solution: the whole loop moves onto the scheduler, so retry() returns at once — but the loop
// still sleeps between attempts, and a sleeping scheduler thread runs nobody else's tasks meanwhile.
class Retry {

    static CompletableFuture<Boolean> retry(ScheduledExecutorService scheduler, BooleanSupplier attempt,
                                            int maxAttempts, Duration firstDelay) {
        CompletableFuture<Boolean> result = new CompletableFuture<>();
        scheduler.execute(() -> {
            long delayMs = firstDelay.toMillis();
            for (int n = 1; n <= maxAttempts; n++) {
                try {
                    if (attempt.getAsBoolean()) {
                        result.complete(true);
                        return;
                    }
                } catch (RuntimeException e) {
                    // a failed attempt
                }
                if (n < maxAttempts) {
                    try {
                        Thread.sleep(delayMs);
                    } catch (InterruptedException e) {
                        result.complete(false);
                        return;
                    }
                    delayMs *= 2;
                }
            }
            result.complete(false);
        });
        return result;
    }
}
