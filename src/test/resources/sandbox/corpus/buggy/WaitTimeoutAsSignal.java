// expect: assertion
// lines: 12, 26, 28
// about: wait(500, 0) under `if` returns after half a second even without a notify; the waiter takes the timeout for the signal and reads the result before the slow producer (1 s) has set it
public class WaitTimeoutAsSignal {
    static final Object lock = new Object();
    static boolean ready;
    static int result;

    public static void main(String[] args) throws InterruptedException {
        Thread producer = new Thread(() -> {
            try {
                Thread.sleep(1000); // a slow computation
            } catch (InterruptedException e) {
                return;
            }
            synchronized (lock) {
                result = 42;
                ready = true;
                lock.notifyAll();
            }
        });
        producer.start();
        int seen;
        synchronized (lock) {
            if (!ready) {
                lock.wait(500, 0);
            }
            seen = result;
        }
        assert seen == 42 : "read " + seen + " before the producer was done";
        producer.join();
    }
}
