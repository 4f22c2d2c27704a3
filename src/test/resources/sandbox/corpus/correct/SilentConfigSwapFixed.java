// expect: none
// lines:
// about: an AtomicReference orders the swap and the read
import java.util.concurrent.atomic.AtomicReference;

public class SilentConfigSwapFixed {
    static final AtomicReference<String> mode = new AtomicReference<>("slow");

    public static void main(String[] args) throws InterruptedException {
        Thread admin = new Thread(() -> mode.set("fast"));
        Thread reader = new Thread(() -> {
            String seen = mode.get();
        });
        admin.start();
        reader.start();
        admin.join();
        reader.join();
    }
}
