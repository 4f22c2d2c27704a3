// race-free: a free run must not report it (found by review)
public class LoopHead {
    static final Object lock = new Object();
    static boolean ready; static int data;
    public static void main(String[] args) throws Exception {
        Thread t = new Thread(() -> { synchronized (lock) { data = 1; ready = true; lock.notifyAll(); } });
        t.start();
        synchronized (lock) {
            while (!ready) lock.wait();
            System.out.println(data);
        }
        t.join();
    }
}
