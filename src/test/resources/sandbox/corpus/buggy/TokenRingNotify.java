// expect: lost-wakeup
// lines: 18, 24
// about: three threads pass a token round a ring with notify(); the one waiter woken may not be the next in the ring, it waits again, and the one whose turn it is is never woken
public class TokenRingNotify {
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
                        lock.notify();
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
