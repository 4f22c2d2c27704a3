import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

class Fetcher {
    static List<String> fetchAll(List<String> urls, Function<String, String> fetch) throws Exception {
        List<Future<String>> futures = new ArrayList<>();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String url : urls) {
                futures.add(executor.submit(() -> fetch.apply(url)));
            }
            List<String> bodies = new ArrayList<>();
            for (Future<String> f : futures) {
                try {
                    bodies.add(f.get());
                } catch (ExecutionException failed) {
                    executor.shutdownNow(); // the first failure: interrupt the fetches still running
                    throw failed;
                }
            }
            return bodies;
        } // close() waits for every fetch, the interrupted ones too, before the failure leaves fetchAll
    }
}
