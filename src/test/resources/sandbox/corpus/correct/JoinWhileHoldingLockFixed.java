// expect: none
// lines:
// about: main joins the worker without holding the lock and only then reads the result under the lock
public class JoinWhileHoldingLockFixed {
    static final Object lock = new Object();
    static int result;

    public static void main(String[] args) throws InterruptedException {
        Thread worker = new Thread(() -> {
            synchronized (lock) {
                result = 42;
            }
        });
        worker.start();
        worker.join();
        synchronized (lock) {
            assert result == 42 : "result = " + result;
        }
    }
}
