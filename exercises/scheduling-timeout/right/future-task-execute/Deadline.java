import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

class Deadline {

    static <T> T callWithin(ExecutorService pool, Callable<T> task, Duration timeout, T fallback) {
        FutureTask<T> call = new FutureTask<>(task);
        pool.execute(call);
        boolean interrupted = false;
        T result = fallback;
        try {
            result = call.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            interrupted = true;
        } catch (TimeoutException | ExecutionException | CancellationException e) {
            System.err.println("callWithin: using the fallback after " + e);
        }
        if (!call.isDone()) {
            call.cancel(true);
        }
        if (interrupted) {
            Thread.currentThread().interrupt();   // the caller's interrupt is the caller's to see
        }
        return result;
    }
}
