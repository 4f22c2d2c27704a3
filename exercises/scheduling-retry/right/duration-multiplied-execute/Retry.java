import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

class Retry {

    static CompletableFuture<Boolean> retry(ScheduledExecutorService scheduler, BooleanSupplier attempt,
                                            int maxAttempts, Duration firstDelay) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
        }
        CompletableFuture<Boolean> result = new CompletableFuture<>();
        new Object() {
            int failures = 0;   // touched only by the attempts, each scheduled by the one before

            void run() {
                boolean ok;
                try {
                    ok = attempt.getAsBoolean();
                } catch (RuntimeException e) {
                    ok = false;
                }
                if (ok) {
                    result.complete(true);
                    return;
                }
                failures++;
                if (failures == maxAttempts) {
                    result.complete(false);
                    return;
                }
                Duration wait = firstDelay.multipliedBy(1L << (failures - 1));
                scheduler.schedule(this::run, wait.toMillis(), TimeUnit.MILLISECONDS);
            }

            void start() {
                scheduler.execute(this::run);
            }
        }.start();
        return result;
    }
}
