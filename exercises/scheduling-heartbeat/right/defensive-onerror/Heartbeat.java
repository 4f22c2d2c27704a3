import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

class Heartbeat {

    static ScheduledFuture<?> start(ScheduledExecutorService scheduler, Runnable beat, Duration pause,
                                    Consumer<Throwable> onError) {
        Runnable safeBeat = () -> beatOnce(beat, onError);
        return scheduler.scheduleWithFixedDelay(safeBeat, 0, pause.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static void beatOnce(Runnable beat, Consumer<Throwable> onError) {
        try {
            beat.run();
        } catch (RuntimeException e) {
            try {
                onError.accept(e);
            } catch (RuntimeException inHandler) {
                // a broken error handler must not stop the heart either
                inHandler.addSuppressed(e);
                inHandler.printStackTrace();
            }
        }
    }
}
