import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

class Heartbeat {

    static ScheduledFuture<?> start(ScheduledExecutorService scheduler, Runnable beat, Duration pause,
                                    Consumer<Throwable> onError) {
        Runnable safe = () -> {
            try {
                beat.run();
            } catch (RuntimeException e) {
                onError.accept(e);
            }
        };
        long nanos = pause.getNano();                    // the pause, exactly
        return scheduler.scheduleWithFixedDelay(safe, 0, Math.max(1, nanos), TimeUnit.NANOSECONDS);
    }
}
