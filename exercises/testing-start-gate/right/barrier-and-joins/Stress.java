import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ThreadFactory;

class Stress {

    // Runs body once on each of `threads` new threads, each made by factory.newThread(…). No body may start
    // before all of the threads are running; race returns only when every body has ended, and if a body threw,
    // race throws an AssertionError whose cause is what that body threw (one of them, if several did).
    static void race(int threads, ThreadFactory factory, Runnable body) throws InterruptedException {
        CyclicBarrier startLine = new CyclicBarrier(threads);
        Throwable[] failed = new Throwable[threads];     // each worker writes only its own slot
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int me = t;
            Thread worker = factory.newThread(() -> {
                try {
                    startLine.await();
                    body.run();
                } catch (InterruptedException | BrokenBarrierException e) {
                    failed[me] = e;
                } catch (RuntimeException | Error e) {
                    failed[me] = e;
                }
            });
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) worker.join();      // join: the slots and the bodies' writes are visible
        for (Throwable e : failed) {
            if (e != null) throw new AssertionError("a thread of the race failed", e);
        }
    }
}
