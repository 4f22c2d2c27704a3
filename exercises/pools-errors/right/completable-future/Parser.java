import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;

class Parser {
    static List<Integer> parseAll(ExecutorService pool, List<String> lines) throws InterruptedException {
        var parsing = new ArrayList<CompletableFuture<Integer>>();
        for (var line : lines) {
            parsing.add(CompletableFuture.supplyAsync(() -> Integer.valueOf(line.strip()), pool));
        }
        var numbers = new ArrayList<Integer>();
        for (var p : parsing) {
            try {
                numbers.add(p.join());
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw e;
            }
        }
        return numbers;
    }
}
