// expect: deadlock
// lines: 13, 14, 23
// about: the worker checks done before it says where to send the wake-up; main can set done and find no waiter to unpark in between, and the worker then parks with nobody left to unpark it
import java.util.concurrent.locks.LockSupport;

public class ParkBeforeRegistering {
    static volatile boolean done;
    static volatile Thread waiter;

    public static void main(String[] args) throws InterruptedException {
        Thread worker = new Thread(() -> {
            while (!done) {
                waiter = Thread.currentThread();
                LockSupport.park();
            }
        });
        worker.start();
        done = true;
        Thread w = waiter;
        if (w != null) {
            LockSupport.unpark(w);
        }
        worker.join();
    }
}
