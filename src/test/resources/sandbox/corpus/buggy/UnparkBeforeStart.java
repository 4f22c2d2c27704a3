// expect: lost-wakeup
// lines: 9, 11
// about: main unparks the worker before starting it; an unpark of a thread that has not started has no effect, so the worker's park waits for ever
import java.util.concurrent.locks.LockSupport;

public class UnparkBeforeStart {
    public static void main(String[] args) throws InterruptedException {
        Thread worker = new Thread(() -> {
            LockSupport.park();
        });
        LockSupport.unpark(worker);
        worker.start();
        worker.join();
    }
}
