// expect: assertion
// lines: 13, 15
// about: one waiter, one notify after the flag is set, but wait() is under `if`: a spurious wake-up (which the JLS allows) returns from wait() with the flag still unset
public class SpuriousWakeupIf {
    static final Object lock = new Object();
    static boolean ready;

    public static void main(String[] args) throws InterruptedException {
        Thread waiter = new Thread(() -> {
            synchronized (lock) {
                try {
                    if (!ready) {
                        lock.wait();
                    }
                    assert ready : "woke up before the flag was set";
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        waiter.start();
        synchronized (lock) {
            ready = true;
            lock.notify();
        }
        waiter.join();
    }
}
