// expect: none
// lines:
// about: the lock is a final field; the third thread replaces a setting while holding it, so every count++ holds the one monitor
public class LockFieldReplacedFixed {
    static final Object lock = new Object();
    static int count;
    static Object setting = new Object();

    public static void main(String[] args) throws InterruptedException {
        Runnable worker = () -> {
            for (int i = 0; i < 2; i++) {
                synchronized (lock) {
                    count++;
                }
            }
        };
        Thread a = new Thread(worker);
        Thread b = new Thread(worker);
        Thread reconfigure = new Thread(() -> {
            synchronized (lock) {
                setting = new Object();
            }
        });
        a.start();
        b.start();
        reconfigure.start();
        a.join();
        b.join();
        reconfigure.join();
        assert count == 4 : "lost an increment: count = " + count;
    }
}
