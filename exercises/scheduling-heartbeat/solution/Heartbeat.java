import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

class Heartbeat {

    // Calls `beat` again and again until the returned future is cancelled: the first time at once, then each
    // time `pause` after the previous call *ended* — the server wants a quiet gap between two beats, however
    // long one of them takes. A beat that throws is passed to `onError`, and the beats go on.
    static ScheduledFuture<?> start(ScheduledExecutorService scheduler, Runnable beat, Duration pause,
                                    Consumer<Throwable> onError) {
        Runnable guarded = () -> {
            try {
                beat.run();
            } catch (RuntimeException e) {
                onError.accept(e);       // report it and return normally: an exception would end the
            }                            // periodic task for good, without a word
        };
        // fixed delay: the pause counts from the end of one beat to the start of the next
        return scheduler.scheduleWithFixedDelay(guarded, 0, pause.toMillis(), TimeUnit.MILLISECONDS);
    }
}
