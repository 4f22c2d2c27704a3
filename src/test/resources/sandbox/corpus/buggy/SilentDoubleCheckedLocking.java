// expect: data-race
// lines: 13, 16
// about: double-checked locking without volatile: the first check reads instance outside the lock, unordered with the write inside it (a reader may see a half-built Helper)
public class SilentDoubleCheckedLocking {
    static class Helper {
        int size = 4;
    }

    static Helper instance;
    static final Object LOCK = new Object();

    static Helper get() {
        if (instance == null) {
            synchronized (LOCK) {
                if (instance == null) {
                    instance = new Helper();
                }
            }
        }
        return instance;
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
