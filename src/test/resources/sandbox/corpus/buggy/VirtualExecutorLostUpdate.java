// expect: assertion
// lines: 14, 18
// about: two tasks on a virtual-thread-per-task executor run hits++ on a plain field; closing the executor waits for them but does not make the increments atomic
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class VirtualExecutorLostUpdate {
    static int hits;

    public static void main(String[] args) {
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 2; i++) {
                executor.submit(() -> {
                    hits++;
                });
            }
        }
        assert hits == 2 : "lost an increment: hits = " + hits;
    }
}
