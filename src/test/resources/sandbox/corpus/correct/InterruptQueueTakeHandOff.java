// expect: none
// lines:
// about: a consumer blocked in take() is interrupted; the InterruptedException is where it learns of the interrupt, so it sees what main wrote before interrupt()
import java.util.concurrent.LinkedBlockingQueue;

public class InterruptQueueTakeHandOff {
    static String why;

    public static void main(String[] args) throws InterruptedException {
        LinkedBlockingQueue<String> q = new LinkedBlockingQueue<>();
        Thread consumer = new Thread(() -> {
            try {
                q.take();
                throw new IllegalStateException("nothing was ever put");
            } catch (InterruptedException e) {
                assert "closing".equals(why) : "why " + why;
            }
        });
        consumer.start();
        why = "closing";
        consumer.interrupt();
        consumer.join();
    }
}
