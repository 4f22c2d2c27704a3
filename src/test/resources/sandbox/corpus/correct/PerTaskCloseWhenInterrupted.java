// expect: none
// lines:
// about: close() of a virtual-thread executor by an interrupted main: it stops the tasks (shutdownNow), still waits for them, and keeps main's interrupt status
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

public class PerTaskCloseWhenInterrupted {
    public static void main(String[] args) {
        CountDownLatch never = new CountDownLatch(1);
        AtomicBoolean stopped = new AtomicBoolean();
        Thread.currentThread().interrupt();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            pool.execute(() -> {
                try {
                    never.await();
                } catch (InterruptedException e) {
                    stopped.set(true);
                }
            });
        }
        assert stopped.get() : "close() returned before the task ended";
        assert Thread.interrupted() : "close() lost main's interrupt";
    }
}
