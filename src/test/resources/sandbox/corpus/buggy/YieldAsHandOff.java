// expect: assertion
// lines: 19, 35, 38
// about: main notifies the waiting reader, then calls Thread.yield() to let it take the value first; yield is only a hint, so main may go on, take the monitor again and overwrite the slot before the reader read it
public class YieldAsHandOff {
    static final Object lock = new Object();
    static boolean waiting;
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
        }
        Thread.yield(); // "the reader goes first"
        synchronized (lock) {
            slot = 2;
        }
        reader.join();
        assert got == 1 : "the reader missed the first value: got " + got;
    }
}
