import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadFactory;

class Stress {

    // Runs body once on each of `threads` new threads, each made by factory.newThread(…). No body may start
    // before all of the threads are running; race returns only when every body has ended, and if a body threw,
    // race throws an AssertionError whose cause is what that body threw (one of them, if several did).
    static void race(int threads, ThreadFactory factory, Runnable body) throws InterruptedException {
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = factory.newThread(body);
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) worker.join();
    }
}
