// expect: none
// lines:
// about: main waits until the worker has given back both permits (availablePermits), then takes them
import java.util.concurrent.Semaphore;

public class PermitsSpin {
    public static void main(String[] args) throws InterruptedException {
        Semaphore permits = new Semaphore(0);
        Thread worker = new Thread(() -> permits.release(2));
        worker.start();
        while (permits.availablePermits() < 2) {
            Thread.onSpinWait();
        }
        assert permits.tryAcquire(2) : "the permits were there";
        worker.join();
    }
}
