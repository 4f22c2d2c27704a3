// expect: data-race
// lines: 12, 17
// about: main arrives and reads the worker's result without waiting for the phase to advance: when main arrives first, nothing orders the worker's write before the read
import java.util.concurrent.Phaser;

public class PhaserArriveWithoutAwait {
    static int result;

    public static void main(String[] args) throws Exception {
        Phaser done = new Phaser(2);
        Thread worker = new Thread(() -> {
            result = 42;
            done.arrive();
        });
        worker.start();
        done.arrive();
        int seen = result;
        worker.join();
        assert seen == 0 || seen == 42;
    }
}
