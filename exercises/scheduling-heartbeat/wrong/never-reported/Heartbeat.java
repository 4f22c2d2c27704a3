import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

// A plausible wrong solution: fixed delay, and the exception no longer ends the beats — but it is swallowed, not
// passed to onError. The beats go on, and nobody ever hears that one failed.
class Heartbeat {

    static ScheduledFuture<?> start(ScheduledExecutorService scheduler, Runnable beat, Duration pause,
                                    Consumer<Throwable> onError) {
        Runnable guarded = () -> {
            try {
                beat.run();
            } catch (RuntimeException e) {
                // a failed beat: keep going
            }
        };
        return scheduler.scheduleWithFixedDelay(guarded, 0, pause.toMillis(), TimeUnit.MILLISECONDS);
    }
}
