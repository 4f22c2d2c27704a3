// expect: deadlock
// lines: 10, 16
// about: main joins the worker while holding the lock the worker needs to publish its result; if main locks first, neither can proceed
public class JoinWhileHoldingLock {
    static final Object lock = new Object();
    static int result;

    public static void main(String[] args) throws InterruptedException {
        Thread worker = new Thread(() -> {
            synchronized (lock) {
                result = 42;
            }
        });
        worker.start();
        synchronized (lock) {
            worker.join();
            assert result == 42 : "result = " + result;
        }
    }
}
