// expect: exception
// lines: 24, 26
// about: one party waits at the barrier for 50 ms only and goes on alone when that runs out; its timeout breaks the barrier, so the parties still to come (or waiting) get BrokenBarrierException, which they never expected
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

public class BarrierTimeoutBreaksOthers {
    static final CyclicBarrier barrier = new CyclicBarrier(3);

    public static void main(String[] args) throws Exception {
        Thread impatient = new Thread(() -> {
            try {
                barrier.await(50, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // goes on alone
            } catch (InterruptedException | BrokenBarrierException e) {
                throw new IllegalStateException(e);
            }
        });
        Runnable worker = () -> {
            try {
                barrier.await();
            } catch (InterruptedException | BrokenBarrierException e) {
                throw new IllegalStateException("the round was lost", e);
            }
        };
        Thread a = new Thread(worker);
        Thread b = new Thread(worker);
        impatient.start();
        a.start();
        b.start();
        impatient.join();
        a.join();
        b.join();
    }
}
