// expect: none
// lines:
// about: a waiter in Object.wait() is interrupted; InterruptedException is thrown once it has the monitor back, and it sees what main wrote before interrupt()
public class InterruptWaitHandOff {
    static final Object lock = new Object();
    static int code;

    public static void main(String[] args) throws InterruptedException {
        Thread waiter = new Thread(() -> {
            synchronized (lock) {
                try {
                    while (true) {
                        lock.wait();
                    }
                } catch (InterruptedException e) {
                    // leave
                }
            }
            assert code == 9 : "code " + code;
        });
        waiter.start();
        code = 9;
        waiter.interrupt();
        waiter.join();
    }
}
