// expect: none
// lines:
// about: ping announces itself and notifies before it waits for pong, so pong never waits for ever and its notify wakes ping
public class WaitForEachOtherFixed {
    private static final Object lock = new Object();
    private static boolean pingReady;
    private static boolean pongReady;

    static void ping() {
        synchronized (lock) {
            pingReady = true; // one side announces first, then waits: the other can always go on
            lock.notifyAll();
            while (!pongReady) {
                waitOn();
            }
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
        Thread a = new Thread(WaitForEachOtherFixed::ping);
        Thread b = new Thread(WaitForEachOtherFixed::pong);
        a.start();
        b.start();
        a.join();
        b.join();
        assert pingReady && pongReady;
    }
}
