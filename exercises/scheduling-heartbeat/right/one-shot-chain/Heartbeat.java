import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

class Heartbeat {

    /** The chain of one-shot beats, seen as one periodic future: cancelling it cancels the beat now planned. */
    static final class Chain implements ScheduledFuture<Object> {
        final AtomicReference<ScheduledFuture<?>> next = new AtomicReference<>();
        final CountDownLatch cancelled = new CountDownLatch(1);

        @Override public long getDelay(TimeUnit unit) { return next.get().getDelay(unit); }
        @Override public int compareTo(Delayed o) {
            return Long.compare(getDelay(TimeUnit.NANOSECONDS), o.getDelay(TimeUnit.NANOSECONDS));
        }
        @Override public synchronized boolean cancel(boolean mayInterrupt) {
            if (isCancelled()) return false;
            cancelled.countDown();                  // under the chain's lock: no next beat is planned unseen
            next.get().cancel(mayInterrupt);
            return true;
        }
        @Override public boolean isCancelled() { return cancelled.getCount() == 0; }
        @Override public boolean isDone() { return isCancelled(); }
        @Override public Object get() throws InterruptedException {
            cancelled.await();                      // like a periodic task's future: it only ever ends cancelled
            throw new CancellationException();
        }
        @Override public Object get(long timeout, TimeUnit unit) throws InterruptedException, TimeoutException {
            if (!cancelled.await(timeout, unit)) throw new TimeoutException();
            throw new CancellationException();
        }
    }

    static ScheduledFuture<?> start(ScheduledExecutorService scheduler, Runnable beat, Duration pause,
                                    Consumer<Throwable> onError) {
        Chain chain = new Chain();
        synchronized (chain) {
            chain.next.set(scheduler.schedule(() -> beatThenPlan(chain, scheduler, beat, pause, onError),
                    0, TimeUnit.NANOSECONDS));
        }
        return chain;
    }

    private static void beatThenPlan(Chain chain, ScheduledExecutorService scheduler, Runnable beat,
                                     Duration pause, Consumer<Throwable> onError) {
        try {
            beat.run();
        } catch (RuntimeException e) {
            onError.accept(e);
        }
        synchronized (chain) {                      // a cancel sees either this beat's future or the next one's
            if (!chain.isCancelled()) {
                chain.next.set(scheduler.schedule(() -> beatThenPlan(chain, scheduler, beat, pause, onError),
                        pause.toNanos(), TimeUnit.NANOSECONDS));
            }
        }
    }
}
