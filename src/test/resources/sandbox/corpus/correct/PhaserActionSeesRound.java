// expect: none
// lines:
// about: race-free: onAdvance, run by the last arrival, sees every write made before any arrival of the phase, and the next phase's writes come after it
import java.util.concurrent.Phaser;

public class PhaserActionSeesRound {
    static int[] scores = new int[2];
    static int total;
    static Phaser phaser = new Phaser(2) {
        @Override
        protected boolean onAdvance(int phase, int parties) {
            total += scores[0] + scores[1];
            return false;
        }
    };

    public static void main(String[] args) throws Exception {
        Thread other = new Thread(() -> play(1));
        other.start();
        play(0);
        other.join();
        assert total == (1 + 1) + (2 + 2) : "total " + total;
    }

    static void play(int me) {
        for (int round = 1; round <= 2; round++) {
            scores[me] = round;
            phaser.arriveAndAwaitAdvance();
        }
    }
}
