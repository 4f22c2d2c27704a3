import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

// A plausible wrong solution: the exception is caught and the schedule is a fixed delay, but the initial delay is
// the pause too, so the first beat only comes after a whole pause — with a long pause, the server hears nothing
// for that long and thinks the client is dead.
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
        return scheduler.scheduleWithFixedDelay(guarded, pause.toMillis(), pause.toMillis(), TimeUnit.MILLISECONDS);
    }
}
