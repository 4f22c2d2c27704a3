// expect: assertion
// lines: 11, 15, 17
// about: ten setters each write a = 1, then b = -1 (volatile: no data race); the checker reads a, then b, and may fall between one setter's two writes
public class ReorderTen {
    static final int SETTERS = 10;
    static volatile int a;
    static volatile int b;

    public static void main(String[] args) throws InterruptedException {
        Runnable setter = () -> {
            a = 1;
            b = -1;
        };
        Thread checker = new Thread(() -> {
            int seenA = a;
            int seenB = b;
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
