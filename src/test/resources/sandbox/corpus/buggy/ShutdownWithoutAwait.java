// expect: assertion
// lines: 16
// about: shutdown() only stops new submissions; it does not wait for the tasks, so main may read the count before they ran
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

public class ShutdownWithoutAwait {
    public static void main(String[] args) {
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        for (int i = 0; i < 2; i++) {
            pool.execute(done::incrementAndGet);
        }
        pool.shutdown();
        assert done.get() == 2 : "read before the tasks ran: " + done.get();
    }
}
