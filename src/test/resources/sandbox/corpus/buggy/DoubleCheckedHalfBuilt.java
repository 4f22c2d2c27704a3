// expect: assertion
// lines: 18, 28
// about: double-checked locking that publishes the holder before it sets its value; the unlocked first check can return the half-built holder
public class DoubleCheckedHalfBuilt {
    static final class Holder {
        volatile int value;
    }

    static volatile Holder instance;

    static Holder get() {
        Holder h = instance;
        if (h == null) {
            synchronized (DoubleCheckedHalfBuilt.class) {
                h = instance;
                if (h == null) {
                    h = new Holder();
                    instance = h;
                    h.value = 42;
                }
            }
        }
        return h;
    }

    public static void main(String[] args) throws InterruptedException {
        Runnable user = () -> {
            int v = get().value;
            assert v == 42 : "saw a half-built holder: value = " + v;
        };
        Thread a = new Thread(user);
        Thread b = new Thread(user);
        a.start();
        b.start();
        a.join();
        b.join();
    }
}
