import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

class Fetcher {

    /** Fetches every URL with {@code fetch} and returns the bodies in the order of {@code urls}. */
    static List<String> fetchAll(List<String> urls, Function<String, String> fetch) throws Exception {
        List<Future<String>> futures = new ArrayList<>();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String url : urls) {
                futures.add(executor.submit(() -> fetch.apply(url)));   // a new virtual thread per URL
            }
        }                                         // close() waits until every fetch has finished
        List<String> bodies = new ArrayList<>();
        for (Future<String> f : futures) {
            bodies.add(f.get());                  // done already; get() rethrows a fetch's failure
        }
        return bodies;
    }
}
