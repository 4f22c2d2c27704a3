// expect: lost-wakeup
// lines: 16, 10
// about: the worker parks once per item; main unparks it once per item, but permits do not add up: two unparks before the first park leave one permit, and the second park waits for ever
import java.util.concurrent.locks.LockSupport;

public class UnparkTwiceParkTwice {
    public static void main(String[] args) throws InterruptedException {
        Thread worker = new Thread(() -> {
            for (int i = 0; i < 2; i++) {
                LockSupport.park();
            }
        });
        worker.start();
        Thread.sleep(10); // "the worker is parked by now": nothing promises it
        for (int i = 0; i < 2; i++) {
            LockSupport.unpark(worker);
        }
        worker.join();
    }
}
