import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;

class Parser {

    // Each line is a Callable, so its exception stays in its Future; results are taken as they are ready.
    static List<Integer> parseAll(ExecutorService pool, List<String> lines) throws InterruptedException {
        ExecutorCompletionService<Integer> done = new ExecutorCompletionService<>(pool);
        for (String line : lines) {
            done.submit(() -> Integer.parseInt(line.strip()));
        }
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            try {
                numbers.add(done.take().get());
            } catch (ExecutionException e) {
                throw (NumberFormatException) e.getCause();
            }
        }
        return numbers;
    }
}
