// expect: none
// lines:
// about: a Semaphore(0) used as a signal keeps the permit when release() comes before acquire(), unlike notify(); the release also orders the write before the read
import java.util.concurrent.Semaphore;

public class SemaphoreAsSignal {
    static int result;

    public static void main(String[] args) throws InterruptedException {
        Semaphore ready = new Semaphore(0);
        Thread worker = new Thread(() -> {
            result = 42;
            ready.release();
        });
        worker.start();
        ready.acquire();
        assert result == 42 : "read before the signal: " + result;
        worker.join();
    }
}
