// expect: deadlock
// lines: 12, 22
// about: each thread waits for the other's "ready" before announcing its own; no notify is ever sent, so both wait for ever: threads waiting for each other, a deadlock (not a lost wake-up: no signal was lost)
public class WaitForEachOther {
    private static final Object lock = new Object();
    private static boolean pingReady;
    private static boolean pongReady;

    static void ping() {
        synchronized (lock) {
            while (!pongReady) {
                waitOn();
            }
            pingReady = true;
            lock.notifyAll();
        }
    }

    static void pong() {
        synchronized (lock) {
            while (!pingReady) {
                waitOn();
            }
            pongReady = true;
            lock.notifyAll();
        }
    }

    private static void waitOn() {
        try {
            lock.wait();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread a = new Thread(WaitForEachOther::ping);
        Thread b = new Thread(WaitForEachOther::pong);
        a.start();
        b.start();
        a.join();
        b.join();
        assert pingReady && pongReady;
    }
}
