// expect: none
// lines:
// about: notifyAll() wakes every waiter; each re-checks whose turn it is, so the next in the ring always wakes
public class TokenRingNotifyFixed {
    static final int N = 3;
    static final Object lock = new Object();
    static int token;

    public static void main(String[] args) throws InterruptedException {
        Thread[] ring = new Thread[N];
        for (int i = 0; i < N; i++) {
            int me = i;
            ring[i] = new Thread(() -> {
                for (int round = 0; round < 2; round++) {
                    synchronized (lock) {
                        while (token != me) {
                            try {
                                lock.wait();
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                        token = (me + 1) % N;
                        lock.notifyAll();
                    }
                }
            });
            ring[i].start();
        }
        for (Thread t : ring) {
            t.join();
        }
    }
}
