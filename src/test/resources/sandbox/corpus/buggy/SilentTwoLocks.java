// expect: data-race
// lines: 11, 17
// about: one field guarded by two different locks; each access is locked, but not by the same lock, so nothing orders them
public class SilentTwoLocks {
    static final Object READ_LOCK = new Object();
    static final Object WRITE_LOCK = new Object();
    static String mode = "slow";

    static void set(String m) {
        synchronized (WRITE_LOCK) {
            mode = m;
        }
    }

    static String get() {
        synchronized (READ_LOCK) {
            return mode;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread a = new Thread(() -> set("fast"));
        Thread b = new Thread(() -> get());
        a.start();
        b.start();
        a.join();
        b.join();
    }
}
