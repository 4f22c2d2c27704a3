// expect: data-race
// lines: 21, 23
// about: the last thread to arrive (await() returns 0) sums the round after the barrier opened, while the other already writes its next score: only the barrier action runs before the release
import java.util.concurrent.CyclicBarrier;

public class BarrierTotalAfterRelease {
    static int[] scores = new int[2];
    static int total;
    static CyclicBarrier barrier = new CyclicBarrier(2);

    public static void main(String[] args) throws Exception {
        Thread other = new Thread(() -> play(1));
        other.start();
        play(0);
        other.join();
    }

    static void play(int me) {
        try {
            for (int round = 1; round <= 2; round++) {
                scores[me] = round;
                if (barrier.await() == 0) {
                    total += scores[0] + scores[1];
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
