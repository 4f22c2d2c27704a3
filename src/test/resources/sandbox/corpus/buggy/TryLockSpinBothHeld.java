// expect: hang
// lines: 15, 24
// about: each thread holds its own lock and spins on tryLock() for the other's, never letting go: both go round for ever (a deadlock that spins, so no thread ever blocks)
import java.util.concurrent.locks.ReentrantLock;

public class TryLockSpinBothHeld {
    static final ReentrantLock left = new ReentrantLock();
    static final ReentrantLock right = new ReentrantLock();
    static int moved;

    public static void main(String[] args) throws InterruptedException {
        Thread a = new Thread(() -> {
            left.lock();
            while (!right.tryLock()) {
                Thread.onSpinWait();
            }
            moved++;
            right.unlock();
            left.unlock();
        });
        Thread b = new Thread(() -> {
            right.lock();
            while (!left.tryLock()) {
                Thread.onSpinWait();
            }
            moved++;
            left.unlock();
            right.unlock();
        });
        a.start();
        b.start();
        a.join();
        b.join();
    }
}
