import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

class Stress {

    static void race(int threads, ThreadFactory factory, Runnable body) throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            tasks.add(() -> {
                ready.countDown();
                go.await();
                body.run();
                return null;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, factory);
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (Callable<Void> task : tasks) futures.add(pool.submit(task));
            ready.await();           // every task holds a thread of its own: all threads are running
            go.countDown();
            Throwable first = null;
            for (Future<Void> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    if (first == null) first = e.getCause();
                }
            }
            if (first != null) throw new AssertionError("a body failed", first);
        } finally {
            pool.shutdown();
        }
    }
}
