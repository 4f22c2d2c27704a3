import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

class Retry {

    static CompletableFuture<Boolean> retry(ScheduledExecutorService scheduler, BooleanSupplier attempt,
                                            int maxAttempts, Duration firstDelay) {
        CompletableFuture<Boolean> result = new CompletableFuture<>();
        scheduler.submit(new Attempt(scheduler, attempt, maxAttempts, 1, firstDelay, result));
        return result;
    }

    // One attempt; a failure schedules the next one, with the doubled delay, in nanoseconds.
    record Attempt(ScheduledExecutorService scheduler, BooleanSupplier attempt, int maxAttempts, int n,
                   Duration delay, CompletableFuture<Boolean> result) implements Runnable {
        @Override
        public void run() {
            boolean ok;
            try {
                ok = attempt.getAsBoolean();
            } catch (RuntimeException e) {
                ok = false;
            }
            if (ok || n == maxAttempts) {
                result.complete(ok);
                return;
            }
            Attempt next = new Attempt(scheduler, attempt, maxAttempts, n + 1, delay.multipliedBy(2), result);
            scheduler.schedule(next, delay.toNanos(), TimeUnit.NANOSECONDS);
        }
    }
}
