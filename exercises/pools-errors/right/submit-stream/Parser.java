import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

class Parser {
    static List<Integer> parseAll(ExecutorService pool, List<String> lines) throws InterruptedException {
        List<Future<Integer>> futures = lines.stream()
                .map(line -> pool.submit(() -> Integer.parseInt(line.trim())))
                .toList();
        List<Integer> numbers = new ArrayList<>(futures.size());
        for (Future<Integer> future : futures) {
            try {
                numbers.add(future.get());
            } catch (ExecutionException e) {
                if (e.getCause() instanceof NumberFormatException bad) {
                    throw bad;
                }
                throw new RuntimeException(e.getCause());
            }
        }
        return numbers;
    }
}
