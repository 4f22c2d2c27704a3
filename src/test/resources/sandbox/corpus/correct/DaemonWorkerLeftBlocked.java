// expect: none
// lines:
// about: correct: a daemon helper handles two messages, then waits in take() for ever; main ends after the latch, and the JVM exits (a daemon does not keep it alive, so this is no deadlock)
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;

public class DaemonWorkerLeftBlocked {
    public static void main(String[] args) throws InterruptedException {
        BlockingQueue<String> inbox = new LinkedBlockingQueue<>();
        CountDownLatch handled = new CountDownLatch(2);
        StringBuilder log = new StringBuilder();
        Thread helper = new Thread(() -> {
            try {
                while (true) {
                    log.append(inbox.take());
                    handled.countDown();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "helper");
        helper.setDaemon(true);
        helper.start();
        inbox.put("a");
        inbox.put("b");
        handled.await();
        assert log.toString().equals("ab") : log;
    }
}
