// expect: none
// lines:
// about: main writes a plain field, then cancels the running task with cancel(true); the task sees the interrupt as an InterruptedException (JLS 17.4.4: the interrupt happens before it), so it sees the write
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

public class CancelInterruptHandOff {
    static int reason;

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Future<?> f = pool.submit(() -> {
            running.countDown();
            try {
                while (true) {
                    Thread.sleep(1_000);
                }
            } catch (InterruptedException e) {
                assert reason == 7 : "reason " + reason;
                stopped.countDown();
            }
        });
        running.await();
        reason = 7;
        f.cancel(true);
        stopped.await();
        pool.shutdown();
    }
}
