// expect: none
// lines:
// about: every put is matched by a take; the hand-off orders the producer's writes before the consumer's reads
import java.util.concurrent.SynchronousQueue;

public class SynchronousQueueUnmatchedPutFixed {
    static int prepared;

    public static void main(String[] args) throws InterruptedException {
        SynchronousQueue<String> handOff = new SynchronousQueue<>();
        Thread producer = new Thread(() -> {
            try {
                prepared = 42;
                handOff.put("first");
                handOff.put("second");
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        producer.start();
        String a = handOff.take();
        assert prepared == 42;
        String b = handOff.take();
        assert a.equals("first") && b.equals("second") : a + " " + b;
        producer.join();
    }
}
