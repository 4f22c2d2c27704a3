// expect: none
// lines:
// about: double-checked locking with a volatile field: the write of instance happens before any read that sees it
public class SilentDoubleCheckedLockingFixed {
    static class Helper {
        int size = 4;
    }

    static volatile Helper instance;
    static final Object LOCK = new Object();

    static Helper get() {
        Helper h = instance;
        if (h == null) {
            synchronized (LOCK) {
                h = instance;
                if (h == null) {
                    instance = h = new Helper();
                }
            }
        }
        return h;
    }

    public static void main(String[] args) throws InterruptedException {
        Thread a = new Thread(() -> get());
        Thread b = new Thread(() -> get());
        a.start();
        b.start();
        a.join();
        b.join();
    }
}
