// expect: none
// lines:
// about: main waits until one party waits at the barrier (getNumberWaiting), then arrives itself
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;

public class BarrierWaitingSpin {
    public static void main(String[] args) throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(2);
        Thread worker = new Thread(() -> {
            try {
                barrier.await();
            } catch (InterruptedException | BrokenBarrierException e) {
                throw new IllegalStateException(e);
            }
        });
        worker.start();
        while (barrier.getNumberWaiting() < 1) {
            Thread.onSpinWait();
        }
        barrier.await();
        worker.join();
    }
}
