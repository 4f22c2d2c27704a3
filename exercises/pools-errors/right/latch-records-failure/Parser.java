import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicReference;

class Parser {

    // The starter's latch stays; a failing task leaves its exception where the caller looks after the latch.
    static List<Integer> parseAll(ExecutorService pool, List<String> lines) throws InterruptedException {
        int[] numbers = new int[lines.size()];
        AtomicReference<NumberFormatException> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            int index = i;
            pool.execute(() -> {
                try {
                    numbers[index] = Integer.parseInt(lines.get(index).strip());
                } catch (NumberFormatException e) {
                    failure.compareAndSet(null, e);
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        if (failure.get() != null) {
            throw failure.get();
        }
        return Arrays.stream(numbers).boxed().toList();
    }
}
