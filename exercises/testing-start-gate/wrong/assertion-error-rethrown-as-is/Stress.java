import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicReference;

class Stress {

    static void race(int threads, ThreadFactory factory, Runnable body) throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = factory.newThread(() -> {
                ready.countDown();
                try {
                    go.await();
                    body.run();
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            });
            worker.start();
            workers.add(worker);
        }
        ready.await();
        go.countDown();
        for (Thread worker : workers) worker.join();
        Throwable f = failure.get();
        if (f instanceof AssertionError a) throw a;      // already an AssertionError: rethrow it as it is
        if (f != null) throw new AssertionError(f);
    }
}
