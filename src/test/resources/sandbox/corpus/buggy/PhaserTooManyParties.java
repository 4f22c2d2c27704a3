// expect: deadlock
// lines: 12, 21
// about: the Phaser is created with 3 parties but only two workers ever arrive; both wait in arriveAndAwaitAdvance for a third arrival that never comes
import java.util.concurrent.Phaser;

public class PhaserTooManyParties {
    static int done;

    public static void main(String[] args) throws InterruptedException {
        Phaser phaser = new Phaser(3); // counts main too, but main never arrives
        Runnable worker = () -> {
            phaser.arriveAndAwaitAdvance();
            synchronized (PhaserTooManyParties.class) {
                done++;
            }
        };
        Thread a = new Thread(worker);
        Thread b = new Thread(worker);
        a.start();
        b.start();
        a.join();
        b.join();
        assert done == 2;
    }
}
