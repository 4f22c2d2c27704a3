// expect: none
// lines:
// about: the waiter re-checks ready in a while loop, so a timed-out wait(500, 0) just means waiting again until the producer has set the result
public class WaitTimeoutAsSignalFixed {
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
            while (!ready) {
                lock.wait(500, 0);
            }
            seen = result;
        }
        assert seen == 42 : "read " + seen + " before the producer was done";
        producer.join();
    }
}
