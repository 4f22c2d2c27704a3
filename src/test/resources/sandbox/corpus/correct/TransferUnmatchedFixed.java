// expect: none
// lines:
// about: every transfer is matched by a take; transfer() orders the producer's writes before the consumer's reads, and a timed tryTransfer that runs out (no taker yet) falls back to put
import java.util.concurrent.LinkedTransferQueue;
import java.util.concurrent.TimeUnit;

public class TransferUnmatchedFixed {
    static int payload;

    public static void main(String[] args) throws InterruptedException {
        LinkedTransferQueue<String> handOff = new LinkedTransferQueue<>();
        String[] got = new String[2];
        Thread producer = new Thread(() -> {
            try {
                payload = 7;
                handOff.transfer("first");
                if (!handOff.tryTransfer("second", 1, TimeUnit.SECONDS)) {
                    handOff.put("second");
                }
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        producer.start();
        got[0] = handOff.take();
        assert payload == 7;
        got[1] = handOff.take();
        producer.join();
        assert "first".equals(got[0]) && "second".equals(got[1]);
    }
}
