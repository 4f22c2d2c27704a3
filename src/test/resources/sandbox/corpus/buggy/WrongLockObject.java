// expect: assertion
// lines: 12, 17
// about: each thread synchronizes on a different lock object, so the two count++ are not mutually exclusive
public class WrongLockObject {
    static final Object lockA = new Object();
    static final Object lockB = new Object();
    static int count;

    public static void main(String[] args) throws InterruptedException {
        Thread a = new Thread(() -> {
            synchronized (lockA) {
                count++;
            }
        });
        Thread b = new Thread(() -> {
            synchronized (lockB) {
                count++;
            }
        });
        a.start();
        b.start();
        a.join();
        b.join();
        assert count == 2 : "lost update: count = " + count;
    }
}
