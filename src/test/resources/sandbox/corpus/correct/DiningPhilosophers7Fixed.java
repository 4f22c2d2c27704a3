// expect: none
// lines:
// about: the seven ReentrantLock philosophers first take one of six seats (a Semaphore, the butler); with one philosopher always standing, some seated one can take both forks, so no cycle closes
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.ReentrantLock;

public class DiningPhilosophers7Fixed {
    static final int N = 7;
    static final ReentrantLock[] forks = new ReentrantLock[N];
    static final Semaphore seats = new Semaphore(N - 1);
    static final boolean[] ate = new boolean[N];

    public static void main(String[] args) throws InterruptedException {
        for (int i = 0; i < N; i++) {
            forks[i] = new ReentrantLock();
        }
        Thread[] philosophers = new Thread[N];
        for (int i = 0; i < N; i++) {
            int me = i;
            philosophers[i] = new Thread(() -> {
                seats.acquireUninterruptibly();
                try {
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
                } finally {
                    seats.release();
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
