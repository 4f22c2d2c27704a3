// expect: deadlock
// lines: 13, 20
// about: transfer() waits until a consumer takes the item; the producer transfers two items, the consumer takes one, so the second transfer waits for ever
import java.util.concurrent.LinkedTransferQueue;

public class TransferUnmatched {
    public static void main(String[] args) throws InterruptedException {
        LinkedTransferQueue<String> handOff = new LinkedTransferQueue<>();
        String[] got = new String[1];
        Thread producer = new Thread(() -> {
            try {
                handOff.transfer("first");
                handOff.transfer("second");
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        producer.start();
        got[0] = handOff.take();
        producer.join();
    }
}
