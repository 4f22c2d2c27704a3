// expect: deadlock
// lines: 19, 21
// about: four philosophers with ReentrantLock forks, each locks its left fork, then its right; all four can hold a left fork and wait for the right one forever
import java.util.concurrent.locks.ReentrantLock;

public class DiningPhilosophers4Locks {
    static final int N = 4;
    static final ReentrantLock[] forks = new ReentrantLock[N];

    public static void main(String[] args) throws InterruptedException {
        for (int i = 0; i < N; i++) {
            forks[i] = new ReentrantLock();
        }
        Thread[] philosophers = new Thread[N];
        for (int i = 0; i < N; i++) {
            ReentrantLock left = forks[i];
            ReentrantLock right = forks[(i + 1) % N];
            philosophers[i] = new Thread(() -> {
                left.lock();
                try {
                    right.lock();
                    right.unlock();
                } finally {
                    left.unlock();
                }
            });
            philosophers[i].start();
        }
        for (Thread p : philosophers) {
            p.join();
        }
    }
}
