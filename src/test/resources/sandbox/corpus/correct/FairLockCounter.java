// expect: none
// lines:
// about: a fair ReentrantLock guards a counter bumped twice by each of three threads; fairness changes who goes next, never mutual exclusion
import java.util.concurrent.locks.ReentrantLock;

public class FairLockCounter {
    static final ReentrantLock lock = new ReentrantLock(true);
    static int count;

    public static void main(String[] args) throws InterruptedException {
        Runnable bump = () -> {
            for (int i = 0; i < 2; i++) {
                lock.lock();
                try {
                    count++;
                } finally {
                    lock.unlock();
                }
            }
        };
        Thread[] ts = {new Thread(bump), new Thread(bump), new Thread(bump)};
        for (Thread t : ts) {
            t.start();
        }
        for (Thread t : ts) {
            t.join();
        }
        assert lock.isFair() && count == 6 : "count " + count;
    }
}
