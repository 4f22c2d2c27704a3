import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

class Deadline {

    static <T> T callWithin(ExecutorService pool, Callable<T> task, Duration timeout, T fallback) {
        try {
            // a timed invokeAll cancels (and interrupts) what is unfinished when the time is up, or when it is
            // interrupted itself
            Future<T> only = pool.invokeAll(List.of(task), timeout.toMillis(), TimeUnit.MILLISECONDS).getFirst();
            return switch (only.state()) {
                case SUCCESS -> only.resultNow();
                case FAILED, CANCELLED, RUNNING -> fallback;
            };
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fallback;
        }
    }
}
