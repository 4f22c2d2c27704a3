// expect: none
// lines:
// about: race-free: the barrier action reads each round's scores, and it happens-before the next round's writes
import java.util.concurrent.CyclicBarrier;

public class BarrierActionSeesRound {
    static int[] scores = new int[2];
    static int total;
    static CyclicBarrier barrier = new CyclicBarrier(2, () -> total += scores[0] + scores[1]);

    public static void main(String[] args) throws Exception {
        Thread other = new Thread(() -> play(1));
        other.start();
        play(0);
        other.join();
        assert total == (1 + 1) + (2 + 2) : "total " + total;
    }

    static void play(int me) {
        try {
            for (int round = 1; round <= 2; round++) {
                scores[me] = round;
                barrier.await();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
