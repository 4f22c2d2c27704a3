import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

class Heartbeat {

    /** One beat that never lets an exception out: a periodic task that throws is never run again. */
    private record GuardedBeat(Runnable beat, Consumer<Throwable> onError) implements Runnable {
        @Override
        public void run() {
            try {
                beat.run();
            } catch (Exception e) {
                System.err.println("heartbeat failed: " + e);
                onError.accept(e);
            }
        }
    }

    static ScheduledFuture<?> start(ScheduledExecutorService scheduler, Runnable beat, Duration pause,
                                    Consumer<Throwable> onError) {
        Objects.requireNonNull(beat, "beat");
        Objects.requireNonNull(onError, "onError");
        if (pause.isNegative() || pause.isZero()) {
            throw new IllegalArgumentException("pause must be positive: " + pause);
        }
        long initialDelay = 0;
        long delayMillis = pause.toMillis();
        return scheduler.scheduleWithFixedDelay(new GuardedBeat(beat, onError), initialDelay, delayMillis,
                TimeUnit.MILLISECONDS);
    }
}
