// expect: none
// about: the worker parks until a flag is set, in a loop (park may return for no reason); main starts it first, then sets the flag and unparks it
import java.util.concurrent.locks.LockSupport;

public class UnparkBeforeStart {
    static volatile boolean go;

    public static void main(String[] args) throws InterruptedException {
        Thread worker = new Thread(() -> {
            while (!go) {
                LockSupport.park();
            }
        });
        worker.start();
        go = true;
        LockSupport.unpark(worker);
        worker.join();
    }
}
