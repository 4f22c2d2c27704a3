// expect: none
// lines:
// about: the holder is built completely before the volatile write publishes it, so whoever reads it sees its value
public class DoubleCheckedHalfBuiltFixed {
    static final class Holder {
        int value;
    }

    static volatile Holder instance;

    static Holder get() {
        Holder h = instance;
        if (h == null) {
            synchronized (DoubleCheckedHalfBuiltFixed.class) {
                h = instance;
                if (h == null) {
                    h = new Holder();
                    h.value = 42;
                    instance = h;
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
