import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

class Parser {

    static List<Integer> parseAll(ExecutorService pool, List<String> lines) throws InterruptedException {
        List<Future<Integer>> parsed = new ArrayList<>();
        for (String line : lines) {
            parsed.add(pool.submit(() -> Integer.parseInt(line.strip())));
        }
        List<Integer> numbers = new ArrayList<>();
        for (Future<Integer> f : parsed) {
            try {
                numbers.add(f.get());
            } catch (ExecutionException e) {
                pool.shutdownNow();                          // fail fast: stop the other lines' tasks
                throw (NumberFormatException) e.getCause();
            }
        }
        return numbers;
    }
}
