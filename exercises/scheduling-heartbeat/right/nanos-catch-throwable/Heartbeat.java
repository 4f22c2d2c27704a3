import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

class Heartbeat {

    static ScheduledFuture<?> start(ScheduledExecutorService scheduler, Runnable beat, Duration pause,
                                    Consumer<Throwable> onError) {
        return scheduler.scheduleWithFixedDelay(() -> {
            try {
                beat.run();
            } catch (Throwable failure) {      // an Error too: the beats must go on whatever a beat throws
                onError.accept(failure);
            }
        }, 0L, pause.toNanos(), TimeUnit.NANOSECONDS);
    }
}
