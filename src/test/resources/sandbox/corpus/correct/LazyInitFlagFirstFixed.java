// expect: none
// lines:
// about: the data is stored before the flag is set (both volatile), so a caller that sees the flag sees the data
public class LazyInitFlagFirstFixed {
    static volatile boolean initialized;
    static volatile String[] names;

    static String[] names() {
        if (!initialized) {
            synchronized (LazyInitFlagFirstFixed.class) {
                if (!initialized) {
                    names = new String[] {"ada", "grace"};
                    initialized = true;
                }
            }
        }
        return names;
    }

    public static void main(String[] args) throws InterruptedException {
        Runnable user = () -> {
            assert names().length == 2;
        };
        Thread a = new Thread(user);
        Thread b = new Thread(user);
        a.start();
        b.start();
        a.join();
        b.join();
    }
}
