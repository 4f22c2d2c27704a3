import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

// A plausible wrong fix: fixed delay now, but the exception is still rethrown after reporting it — and a periodic
// task that throws is stopped for good. One failed beat, and the heart stops.
class Heartbeat {

    static ScheduledFuture<?> start(ScheduledExecutorService scheduler, Runnable beat, Duration pause,
                                    Consumer<Throwable> onError) {
        Runnable reported = () -> {
            try {
                beat.run();
            } catch (RuntimeException e) {
                onError.accept(e);
                throw e;
            }
        };
        return scheduler.scheduleWithFixedDelay(reported, 0, pause.toMillis(), TimeUnit.MILLISECONDS);
    }
}
