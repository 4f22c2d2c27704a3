// expect: none
// lines:
// about: main bulk-registers two workers on a Phaser; each arrives, and main waits for the phase with awaitAdvanceInterruptibly before reading what they wrote
import java.util.concurrent.Phaser;

public class PhaserBulkRegisterInterruptibly {
    public static void main(String[] args) throws InterruptedException {
        Phaser phaser = new Phaser(1);
        phaser.bulkRegister(2);
        int[] out = new int[2];
        for (int i = 0; i < 2; i++) {
            int id = i;
            new Thread(() -> {
                out[id] = id + 5;
                phaser.arriveAndDeregister();
            }).start();
        }
        int phase = phaser.arrive();
        phaser.awaitAdvanceInterruptibly(phase);
        assert out[0] + out[1] == 11 : out[0] + " " + out[1];
    }
}
