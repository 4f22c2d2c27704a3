import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;

// A plausible wrong fix: submit() instead of execute(). But nobody calls get() on the futures, so the exception
// is caught in the Future and never seen at all — not even printed on stderr, as execute() did.
class Parser {

    static List<Integer> parseAll(ExecutorService pool, List<String> lines) throws InterruptedException {
        int[] numbers = new int[lines.size()];
        CountDownLatch done = new CountDownLatch(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            int index = i;
            pool.submit(() -> {
                try {
                    numbers[index] = Integer.parseInt(lines.get(index).strip());
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        return Arrays.stream(numbers).boxed().toList();
    }
}
