// expect: none
// lines:
// about: main waits for the reader to say it took the value (a flag under the same monitor) before it writes the next one, instead of yielding and hoping
public class YieldAsHandOffFixed {
    static final Object lock = new Object();
    static boolean waiting;
    static boolean taken;
    static int slot;
    static int got;

    public static void main(String[] args) throws InterruptedException {
        Thread reader = new Thread(() -> {
            synchronized (lock) {
                waiting = true;
                lock.notifyAll();
                try {
                    while (slot == 0) {
                        lock.wait();
                    }
                    got = slot;
                    taken = true;
                    lock.notifyAll();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        reader.start();
        synchronized (lock) {
            while (!waiting) {
                lock.wait();
            }
            slot = 1;
            lock.notifyAll();
            while (!taken) {
                lock.wait();
            }
            slot = 2;
        }
        reader.join();
        assert got == 1 : "the reader missed the first value: got " + got;
    }
}
