// expect: none
// lines:
// about: one party waits 50 ms at most; every party takes a broken barrier (a timeout breaks it) as the round called off, so the round is passed by all three or by none, and the barrier says whether it broke
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

public class BarrierTimeoutBreaksOthersFixed {
    static final CyclicBarrier barrier = new CyclicBarrier(3);
    static final AtomicInteger passed = new AtomicInteger();
    static final AtomicInteger calledOff = new AtomicInteger();

    public static void main(String[] args) throws Exception {
        Thread impatient = new Thread(() -> {
            try {
                barrier.await(50, TimeUnit.MILLISECONDS);
                passed.incrementAndGet();
            } catch (TimeoutException | BrokenBarrierException e) {
                calledOff.incrementAndGet();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Runnable worker = () -> {
            try {
                barrier.await();
                passed.incrementAndGet();
            } catch (BrokenBarrierException e) {
                calledOff.incrementAndGet();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
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
        assert passed.get() == 0 || passed.get() == 3 : passed.get() + " of 3 passed the round";
        assert passed.get() + calledOff.get() == 3 : "a party was lost";
        assert barrier.isBroken() == (passed.get() == 0) : "broken: " + barrier.isBroken();
    }
}
