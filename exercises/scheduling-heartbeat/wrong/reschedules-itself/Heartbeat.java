import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

// A plausible wrong solution: a fixed delay made by hand — each beat schedules the next one `pause` after it ends.
// The gaps are right, but start returns the future of the *first* beat only: cancelling it after that beat has run
// does nothing, and the beats never stop.
class Heartbeat {

    static ScheduledFuture<?> start(ScheduledExecutorService scheduler, Runnable beat, Duration pause,
                                    Consumer<Throwable> onError) {
        return scheduler.schedule(new Runnable() {
            @Override
            public void run() {
                try {
                    beat.run();
                } catch (RuntimeException e) {
                    onError.accept(e);
                }
                scheduler.schedule(this, pause.toMillis(), TimeUnit.MILLISECONDS);
            }
        }, 0, TimeUnit.MILLISECONDS);
    }
}
