import java.util.concurrent.Phaser;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicReference;

class Stress {

    static void race(int threads, ThreadFactory factory, Runnable body) throws InterruptedException {
        Phaser phaser = new Phaser(threads + 1);              // the workers and the caller
        AtomicReference<Throwable> failure = new AtomicReference<>();
        for (int t = 0; t < threads; t++) {
            factory.newThread(() -> {
                try {
                    phaser.arriveAndAwaitAdvance();          // phase 0: everybody running
                    body.run();
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                } finally {
                    phaser.arrive();                         // phase 1: done
                }
            }).start();
        }
        phaser.arriveAndAwaitAdvance();
        phaser.awaitAdvanceInterruptibly(phaser.arrive());
        Throwable f = failure.get();
        if (f != null) throw new AssertionError("a body failed", f);
    }
}
