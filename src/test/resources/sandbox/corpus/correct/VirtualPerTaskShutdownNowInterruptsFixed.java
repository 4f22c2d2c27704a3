// expect: none
// lines:
// about: shutdown() lets the tasks go on after the gate opens; close() waits for both, so both do their work
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

public class VirtualPerTaskShutdownNowInterruptsFixed {
    public static void main(String[] args) throws InterruptedException {
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger done = new AtomicInteger();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 2; i++) {
                pool.execute(() -> {
                    try {
                        go.await();
                        done.incrementAndGet();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException("nobody interrupts these tasks", e);
                    }
                });
            }
            go.countDown();
            pool.shutdown();
        }
        assert done.get() == 2 : done.get() + " of 2 tasks did their work";
    }
}
