import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;

class Parser {

    // Parses every line on `pool`, one task per line, and returns the numbers in the order of the lines.
    // If a line is not a number, throws that line's NumberFormatException — the original one, whose message
    // names the bad input. The pool belongs to the caller: do not shut it down.
    static List<Integer> parseAll(ExecutorService pool, List<String> lines) throws InterruptedException {
        int[] numbers = new int[lines.size()];
        CountDownLatch done = new CountDownLatch(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            int index = i;
            pool.execute(() -> {
                try {
                    numbers[index] = Integer.parseInt(lines.get(index).strip());
                } finally {
                    done.countDown();    // in finally: a failing line must not make us wait for ever
                }
            });
        }
        done.await();
        return Arrays.stream(numbers).boxed().toList();
    }
}
