// expect: none
// lines:
// about: one of two parties is interrupted; either both passed before the interrupt, or the interrupted one threw InterruptedException and the other BrokenBarrierException; then main sees the barrier broken, reset()s it, and a new round passes
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;

public class BarrierInterruptedPartyIgnoredFixed {
    static final CyclicBarrier barrier = new CyclicBarrier(2);
    static volatile String cancelledEnd = "";
    static volatile String otherEnd = "";

    static String arrive() {
        try {
            barrier.await();
            return "passed";
        } catch (InterruptedException e) {
            return "interrupted";
        } catch (BrokenBarrierException e) {
            return "broken";
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread cancelled = new Thread(() -> cancelledEnd = arrive());
        Thread other = new Thread(() -> otherEnd = arrive());
        cancelled.start();
        other.start();
        cancelled.interrupt();
        cancelled.join();
        other.join();
        String ends = cancelledEnd + "/" + otherEnd;
        assert ends.equals("passed/passed") || ends.equals("interrupted/broken") : ends;
        assert barrier.isBroken() == ends.equals("interrupted/broken") : "broken: " + barrier.isBroken();
        barrier.reset();
        assert !barrier.isBroken() : "still broken after reset()";
        Thread first = new Thread(() -> cancelledEnd = arrive());
        first.start();
        otherEnd = arrive();
        first.join();
        assert cancelledEnd.equals("passed") && otherEnd.equals("passed") : cancelledEnd + "/" + otherEnd;
    }
}
