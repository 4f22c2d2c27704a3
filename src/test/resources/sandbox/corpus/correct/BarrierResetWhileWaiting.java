// expect: none
// lines:
// about: main resets the barrier once a party waits there (getNumberWaiting); reset() breaks that generation, so the waiter gets BrokenBarrierException, and the next generation starts whole
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;

public class BarrierResetWhileWaiting {
    static final CyclicBarrier barrier = new CyclicBarrier(2);
    static volatile boolean broken;

    public static void main(String[] args) throws Exception {
        Thread waiter = new Thread(() -> {
            try {
                barrier.await();
            } catch (BrokenBarrierException e) {
                broken = true;
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        waiter.start();
        while (barrier.getNumberWaiting() == 0) {
            Thread.onSpinWait();
        }
        barrier.reset();
        waiter.join();
        assert broken : "the waiter passed a barrier that was reset";
        assert !barrier.isBroken() : "reset() starts an unbroken generation";
        assert barrier.getNumberWaiting() == 0 : barrier.getNumberWaiting() + " waiting";
    }
}
