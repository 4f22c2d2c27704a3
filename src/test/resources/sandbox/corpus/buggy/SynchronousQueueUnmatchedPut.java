// expect: deadlock
// lines: 13, 20
// about: a SynchronousQueue holds nothing: each put waits for a take; the producer puts two items, the consumer takes one, so the second put waits for ever
import java.util.concurrent.SynchronousQueue;

public class SynchronousQueueUnmatchedPut {
    public static void main(String[] args) throws InterruptedException {
        SynchronousQueue<String> handOff = new SynchronousQueue<>();
        String[] got = new String[1];
        Thread producer = new Thread(() -> {
            try {
                handOff.put("first");
                handOff.put("second");
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        producer.start();
        got[0] = handOff.take();
        producer.join();
    }
}
