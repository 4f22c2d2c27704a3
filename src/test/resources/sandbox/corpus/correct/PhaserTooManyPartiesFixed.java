// expect: none
// lines:
// about: main registered itself as the third party, so it arrives too (arriveAndDeregister) and the phase can advance; onAdvance counts the phases
import java.util.concurrent.Phaser;

public class PhaserTooManyPartiesFixed {
    static int done;
    static int advances;

    public static void main(String[] args) throws InterruptedException {
        Phaser phaser = new Phaser(3) {
            @Override
            protected boolean onAdvance(int phase, int parties) {
                advances++;
                return parties == 0;
            }
        };
        Runnable worker = () -> {
            phaser.arriveAndAwaitAdvance();
            synchronized (PhaserTooManyPartiesFixed.class) {
                done++;
            }
            phaser.arriveAndDeregister();
        };
        Thread a = new Thread(worker);
        Thread b = new Thread(worker);
        a.start();
        b.start();
        phaser.arriveAndDeregister(); // main's own party
        a.join();
        b.join();
        assert done == 2;
        assert phaser.isTerminated() : "the last deregistration ends the phaser";
        assert advances == 2 : "advances " + advances;
    }
}
