import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

// A plausible wrong fix: the exception is now caught, but the schedule is still at a fixed *rate*. After a slow
// beat, the missed beats run back to back, with no pause at all between them.
class Heartbeat {

    static ScheduledFuture<?> start(ScheduledExecutorService scheduler, Runnable beat, Duration pause,
                                    Consumer<Throwable> onError) {
        Runnable guarded = () -> {
            try {
                beat.run();
            } catch (RuntimeException e) {
                onError.accept(e);
            }
        };
        return scheduler.scheduleAtFixedRate(guarded, 0, pause.toMillis(), TimeUnit.MILLISECONDS);
    }
}
