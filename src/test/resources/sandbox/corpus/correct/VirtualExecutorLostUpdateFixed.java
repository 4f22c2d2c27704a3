// expect: none
// lines:
// about: the tasks count with an AtomicInteger, and close() waits for both before main reads it
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

public class VirtualExecutorLostUpdateFixed {
    static final AtomicInteger hits = new AtomicInteger();

    public static void main(String[] args) {
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 2; i++) {
                executor.submit(() -> {
                    hits.incrementAndGet();
                });
            }
        }
        assert hits.get() == 2 : "lost an increment: hits = " + hits.get();
    }
}
