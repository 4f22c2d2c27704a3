import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

// A plausible wrong solution: one scheduled task that beats in a loop and sleeps `pause` between beats. The gaps are
// right, but cancel(false) — "do not interrupt" — cannot stop a task that is already running: the loop beats on,
// and it holds the scheduler's thread for ever.
class Heartbeat {

    static ScheduledFuture<?> start(ScheduledExecutorService scheduler, Runnable beat, Duration pause,
                                    Consumer<Throwable> onError) {
        return scheduler.schedule(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    beat.run();
                } catch (RuntimeException e) {
                    onError.accept(e);
                }
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, 0, TimeUnit.MILLISECONDS);
    }
}
