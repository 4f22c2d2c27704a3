import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

// A plausible wrong fix: futures and get(), but the ExecutionException is wrapped once more instead of unwrapped.
// The caller gets a RuntimeException around an ExecutionException around the NumberFormatException.
class Parser {

    static List<Integer> parseAll(ExecutorService pool, List<String> lines) throws InterruptedException {
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (String line : lines) {
            tasks.add(() -> Integer.parseInt(line.strip()));
        }
        List<Integer> numbers = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(tasks)) {
            try {
                numbers.add(f.get());
            } catch (ExecutionException e) {
                throw new RuntimeException(e);
            }
        }
        return numbers;
    }
}
