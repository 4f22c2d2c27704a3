// expect: none
// lines:
// about: race-free: a semaphore with one permit used as a lock orders the two updates; release happens before the next acquire
import java.util.concurrent.Semaphore;

public class HandOffSemaphore {
    static int count;

    public static void main(String[] args) throws InterruptedException {
        Semaphore mutex = new Semaphore(1);
        Runnable add = () -> {
            mutex.acquireUninterruptibly();
            try {
                count++;
            } finally {
                mutex.release();
            }
        };
        Thread a = new Thread(add);
        Thread b = new Thread(add);
        a.start();
        b.start();
        a.join();
        b.join();
        assert count == 2;
    }
}
