import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** One retry in progress: which attempt comes next and how long to wait after it fails. */
record Attempts(ScheduledExecutorService scheduler, BooleanSupplier attempt, int maxAttempts,
                CompletableFuture<Boolean> done) {

    void tryNow(int number, long delayMillis) {
        boolean succeeded;
        try {
            succeeded = attempt.getAsBoolean();
        } catch (Exception e) {
            succeeded = false;
        }
        if (succeeded || number == maxAttempts) {
            done.complete(succeeded);
            return;
        }
        scheduler.schedule(() -> tryNow(number + 1, delayMillis * 2), delayMillis, TimeUnit.MILLISECONDS);
    }
}

class Retry {

    static CompletableFuture<Boolean> retry(ScheduledExecutorService scheduler, BooleanSupplier attempt,
                                            int maxAttempts, Duration firstDelay) {
        Attempts attempts = new Attempts(scheduler, attempt, maxAttempts, new CompletableFuture<>());
        scheduler.submit(() -> attempts.tryNow(1, firstDelay.toMillis()));
        return attempts.done();
    }
}
