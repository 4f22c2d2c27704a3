// expect: none
// lines:
// about: main waits until the worker shows WAITING before it notifies; the flag in a while loop makes it correct whatever getState says
public class StateSpinThenNotify {
    static final Object lock = new Object();
    static boolean go;

    public static void main(String[] args) throws InterruptedException {
        Thread worker = new Thread(() -> {
            synchronized (lock) {
                while (!go) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        });
        worker.start();
        while (worker.getState() != Thread.State.WAITING && worker.getState() != Thread.State.TERMINATED) {
            Thread.onSpinWait();
        }
        synchronized (lock) {
            go = true;
            lock.notifyAll();
        }
        worker.join();
        assert worker.getState() == Thread.State.TERMINATED;
    }
}
