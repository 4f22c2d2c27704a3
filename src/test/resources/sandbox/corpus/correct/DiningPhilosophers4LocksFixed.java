// expect: none
// lines:
// about: every philosopher locks the lower-numbered fork first: the last one reaches for fork 0 before fork 3, which breaks the cycle
import java.util.concurrent.locks.ReentrantLock;

public class DiningPhilosophers4LocksFixed {
    static final int N = 4;
    static final ReentrantLock[] forks = new ReentrantLock[N];

    public static void main(String[] args) throws InterruptedException {
        for (int i = 0; i < N; i++) {
            forks[i] = new ReentrantLock();
        }
        Thread[] philosophers = new Thread[N];
        for (int i = 0; i < N; i++) {
            ReentrantLock first = forks[Math.min(i, (i + 1) % N)];
            ReentrantLock second = forks[Math.max(i, (i + 1) % N)];
            philosophers[i] = new Thread(() -> {
                first.lock();
                try {
                    second.lock();
                    second.unlock();
                } finally {
                    first.unlock();
                }
            });
            philosophers[i].start();
        }
        for (Thread p : philosophers) {
            p.join();
        }
    }
}
