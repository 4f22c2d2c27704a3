// race-free: a free run must not report it (found by review)
public class WaitIntr {
    static final Object lock = new Object();
    static int state;
    public static void main(String[] args) throws Exception {
        Thread a = new Thread(() -> {
            synchronized (lock) {
                try { while (true) lock.wait(); }
                catch (InterruptedException e) { System.out.println("state " + state); }
            }
        });
        a.start();
        Thread.sleep(100);
        Thread b = new Thread(() -> { synchronized (lock) { state = 7; } a.interrupt(); });
        b.start(); b.join(); a.join();
    }
}
