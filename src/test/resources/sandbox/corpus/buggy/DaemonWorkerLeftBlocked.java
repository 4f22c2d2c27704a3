// expect: deadlock
// lines: 15
// about: the helper is not a daemon: after the two messages it waits in take() for ever, and the program never ends
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;

public class DaemonWorkerLeftBlocked {
    public static void main(String[] args) throws InterruptedException {
        BlockingQueue<String> inbox = new LinkedBlockingQueue<>();
        CountDownLatch handled = new CountDownLatch(2);
        Thread helper = new Thread(() -> {
            try {
                while (true) {
                    inbox.take();
                    handled.countDown();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "helper");
        helper.start();
        inbox.put("a");
        inbox.put("b");
        handled.await();
    }
}
