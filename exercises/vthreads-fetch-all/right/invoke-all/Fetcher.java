import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

class Fetcher {
    static List<String> fetchAll(List<String> urls, Function<String, String> fetch) throws Exception {
        List<Callable<String>> tasks = urls.stream().<Callable<String>>map(url -> () -> fetch.apply(url)).toList();
        List<String> bodies = new ArrayList<>();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Future<String> done : executor.invokeAll(tasks)) { // invokeAll waits for every task
                bodies.add(done.get());
            }
        }
        return bodies;
    }
}
