// expect: none
// lines:
// about: Semaphore acquireUninterruptibly(n) keeps waiting through an interrupt (the flag stays set); acquire(n) as a done-gate
import java.util.concurrent.Semaphore;

public class SemaphoreUninterruptibleBulk {
    public static void main(String[] args) throws Exception {
        Semaphore done = new Semaphore(0);
        int[] parts = new int[3];
        for (int i = 0; i < 3; i++) {
            int me = i;
            new Thread(() -> {
                parts[me] = me * 2;
                done.release();
            }).start();
        }
        done.acquire(3);
        assert parts[0] + parts[1] + parts[2] == 6;
        Semaphore pool = new Semaphore(1);
        boolean[] stillInterrupted = new boolean[1];
        pool.acquireUninterruptibly();
        Thread t = new Thread(() -> {
            pool.acquireUninterruptibly(1);
            stillInterrupted[0] = Thread.currentThread().isInterrupted();
            pool.release(1);
        });
        t.start();
        t.interrupt();
        pool.release();
        t.join();
        assert stillInterrupted[0];
        assert pool.drainPermits() == 1;
    }
}
