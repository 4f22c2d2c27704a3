// expect: none
// lines:
// about: every access to mode holds the same lock
public class SilentTwoLocksFixed {
    static final Object LOCK = new Object();
    static StringBuilder mode = new StringBuilder("slow");

    static void set(String m) {
        synchronized (LOCK) {
            mode = new StringBuilder(m);
        }
    }

    static String get() {
        synchronized (LOCK) {
            return mode.toString();
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
