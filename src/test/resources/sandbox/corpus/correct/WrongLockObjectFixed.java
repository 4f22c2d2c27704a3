// expect: none
// lines:
// about: both threads synchronize on the same lock object, so the two count++ exclude each other
public class WrongLockObjectFixed {
    static final Object lock = new Object();
    static int count;

    public static void main(String[] args) throws InterruptedException {
        Thread a = new Thread(() -> {
            synchronized (lock) {
                count++;
            }
        });
        Thread b = new Thread(() -> {
            synchronized (lock) {
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
