import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

class Parser {

    // Parses every line on `pool`, one task per line, and returns the numbers in the order of the lines.
    // If a line is not a number, throws that line's NumberFormatException — the original one, whose message
    // names the bad input. The pool belongs to the caller: do not shut it down.
    static List<Integer> parseAll(ExecutorService pool, List<String> lines) throws InterruptedException {
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (String line : lines) {
            tasks.add(() -> Integer.parseInt(line.strip()));   // a Callable: its exception goes into its Future
        }
        List<Integer> numbers = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(tasks)) {
            try {
                numbers.add(f.get());
            } catch (ExecutionException e) {
                // get() wraps what the task threw; rethrow the task's own exception, not the wrapper
                switch (e.getCause()) {
                    case RuntimeException re -> throw re;
                    case Error err -> throw err;
                    default -> throw new IllegalStateException(e.getCause());
                }
            }
        }
        return numbers;
    }
}
