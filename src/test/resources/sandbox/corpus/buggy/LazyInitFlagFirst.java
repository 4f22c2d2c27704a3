// expect: exception
// lines: 12, 22
// about: lazy initialisation that sets the initialized flag before the data; a second caller sees the flag and returns the data still null
public class LazyInitFlagFirst {
    static volatile boolean initialized;
    static volatile String[] names;

    static String[] names() {
        if (!initialized) {
            synchronized (LazyInitFlagFirst.class) {
                if (!initialized) {
                    initialized = true;
                    names = new String[] {"ada", "grace"};
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
