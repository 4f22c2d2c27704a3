import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

class Parser {

    // invokeAll returns once every task is done, so each Future's state is final when it is read.
    static List<Integer> parseAll(ExecutorService pool, List<String> lines) throws InterruptedException {
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (String line : lines) {
            tasks.add(() -> Integer.parseInt(line.strip()));
        }
        List<Integer> numbers = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(tasks)) {
            switch (f.state()) {
                case SUCCESS -> numbers.add(f.resultNow());
                case FAILED -> throw (NumberFormatException) f.exceptionNow();
                default -> throw new IllegalStateException("invokeAll returned a task that is " + f.state());
            }
        }
        return numbers;
    }
}
