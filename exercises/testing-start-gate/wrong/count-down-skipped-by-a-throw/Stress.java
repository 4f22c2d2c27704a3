import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;

class Stress {

    // Runs body once on each of `threads` new threads, each made by factory.newThread(…). No body may start
    // before all of the threads are running; race returns only when every body has ended, and if a body threw,
    // race throws an AssertionError whose cause is what that body threw (one of them, if several did).
    static void race(int threads, ThreadFactory factory, Runnable body) throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(threads);
        Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = factory.newThread(() -> {
                try {
                    ready.countDown();
                    go.await();                 // a started thread is not yet a running one: wait for all
                    body.run();
                    done.countDown();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            worker.setUncaughtExceptionHandler((thread, e) -> failures.add(e));   // what the body throws
            worker.start();
        }
        ready.await();
        go.countDown();
        done.await();                           // orders what every body wrote before whatever follows race
        Throwable first = failures.peek();
        if (first != null) {
            throw new AssertionError(failures.size() + " of " + threads + " threads failed", first);
        }
    }
}
