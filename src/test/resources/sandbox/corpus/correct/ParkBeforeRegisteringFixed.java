// expect: none
// lines:
// about: the worker says where to send the wake-up before it checks done, so either it sees done or main sees it and unparks it (an unpark before the park leaves the permit); park in a loop, so a spurious return just parks again
import java.util.concurrent.locks.LockSupport;

public class ParkBeforeRegisteringFixed {
    static volatile boolean done;
    static volatile Thread waiter;

    public static void main(String[] args) throws InterruptedException {
        Thread worker = new Thread(() -> {
            waiter = Thread.currentThread();
            while (!done) {
                LockSupport.park(ParkBeforeRegisteringFixed.class);
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
