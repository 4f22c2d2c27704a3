import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;

class Stress {

    static void race(int threads, ThreadFactory factory, Runnable body) throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(threads);
        Queue<Exception> failures = new ConcurrentLinkedQueue<>();
        for (int t = 0; t < threads; t++) {
            factory.newThread(() -> {
                try {
                    ready.countDown();
                    go.await();
                    body.run();
                } catch (Exception e) {
                    failures.add(e);
                } finally {
                    done.countDown();
                }
            }).start();
        }
        ready.await();
        go.countDown();
        done.await();
        if (!failures.isEmpty()) throw new AssertionError("a body failed", failures.peek());
    }
}
