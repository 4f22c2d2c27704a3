// expect: data-race
// lines: 16, 20
// about: double-checked locking without volatile, of an immutable object: reading instance once through the race would be safe (final fields), but `return instance` reads it a second time, and that read may see an older value (null)
public class SilentDoubleCheckedImmutable {
    static final class Helper {
        final int size = 4;
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
