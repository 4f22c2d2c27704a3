// expect: none
// lines:
// about: each setter writes a and b holding one monitor, and the checker reads both holding it: it sees both writes of a setter or neither
public class ReorderTenFixed {
    static final int SETTERS = 10;
    static final Object lock = new Object();
    static int a;
    static int b;

    public static void main(String[] args) throws InterruptedException {
        Runnable setter = () -> {
            synchronized (lock) {
                a = 1;
                b = -1;
            }
        };
        Thread checker = new Thread(() -> {
            int seenA;
            int seenB;
            synchronized (lock) {
                seenA = a;
                seenB = b;
            }
            assert (seenA == 0 && seenB == 0) || (seenA == 1 && seenB == -1)
                    : "a half-done update: a = " + seenA + ", b = " + seenB;
        });
        Thread[] setters = new Thread[SETTERS];
        for (int i = 0; i < SETTERS; i++) {
            setters[i] = new Thread(setter);
            setters[i].start();
        }
        checker.start();
        for (Thread s : setters) {
            s.join();
        }
        checker.join();
    }
}
