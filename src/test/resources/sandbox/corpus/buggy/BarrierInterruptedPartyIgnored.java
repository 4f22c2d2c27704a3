// expect: exception
// lines: 20, 24, 29
// about: main interrupts one of two parties; the other assumes its own await() fails only when it is interrupted itself, but the interrupted party breaks the barrier and the other gets BrokenBarrierException
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;

public class BarrierInterruptedPartyIgnored {
    static final CyclicBarrier barrier = new CyclicBarrier(2);

    public static void main(String[] args) throws InterruptedException {
        Thread cancelled = new Thread(() -> {
            try {
                barrier.await();
            } catch (InterruptedException | BrokenBarrierException e) {
                // cancelled: nothing to do
            }
        });
        Thread other = new Thread(() -> {
            try {
                barrier.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (BrokenBarrierException e) {
                throw new IllegalStateException("only an interrupt can end this wait", e);
            }
        });
        cancelled.start();
        other.start();
        cancelled.interrupt();
        cancelled.join();
        other.join();
    }
}
