// expect: none
// lines:
// about: Thread.holdsLock is true inside synchronized and false outside, in every thread
public class HoldsLockInside {
    static final Object lock = new Object();
    static int n;

    public static void main(String[] args) throws InterruptedException {
        Runnable r = () -> {
            assert !Thread.holdsLock(lock);
            synchronized (lock) {
                assert Thread.holdsLock(lock);
                n++;
            }
        };
        Thread a = new Thread(r);
        Thread b = new Thread(r);
        a.start();
        b.start();
        a.join();
        b.join();
        synchronized (lock) {
            assert n == 2;
        }
    }
}
