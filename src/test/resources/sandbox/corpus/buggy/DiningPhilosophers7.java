// expect: deadlock
// lines: 21
// about: seven philosophers with ReentrantLock forks, left then right; once all seven hold their left fork, each blocks in lock() on a neighbour's
import java.util.concurrent.locks.ReentrantLock;

public class DiningPhilosophers7 {
    static final int N = 7;
    static final ReentrantLock[] forks = new ReentrantLock[N];
    static final boolean[] ate = new boolean[N];

    public static void main(String[] args) throws InterruptedException {
        for (int i = 0; i < N; i++) {
            forks[i] = new ReentrantLock();
        }
        Thread[] philosophers = new Thread[N];
        for (int i = 0; i < N; i++) {
            int me = i;
            philosophers[i] = new Thread(() -> {
                forks[me].lock();
                try {
                    forks[(me + 1) % N].lock();
                    try {
                        ate[me] = true;
                    } finally {
                        forks[(me + 1) % N].unlock();
                    }
                } finally {
                    forks[me].unlock();
                }
            });
            philosophers[i].start();
        }
        for (Thread p : philosophers) {
            p.join();
        }
        for (boolean a : ate) {
            assert a : "a philosopher went hungry";
        }
    }
}
