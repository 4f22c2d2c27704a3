// expect: none
// lines:
// about: join(Long.MAX_VALUE) and a guarded wait(Long.MAX_VALUE) after a sleep: both wait for the other thread, as a JVM does
public class LongMaxJoinAndWait {
    static final Object lock = new Object();
    static boolean ready;
    static int value;

    public static void main(String[] args) throws InterruptedException {
        Thread.sleep(1);
        Thread worker = new Thread(() -> {
            synchronized (lock) {
                value = 9;
                ready = true;
                lock.notifyAll();
            }
        });
        worker.start();
        synchronized (lock) {
            while (!ready) {
                lock.wait(Long.MAX_VALUE);
            }
        }
        assert value == 9 : "value = " + value;
        worker.join(Long.MAX_VALUE);
        assert !worker.isAlive() : "join(Long.MAX_VALUE) returned while the worker ran";
    }
}
