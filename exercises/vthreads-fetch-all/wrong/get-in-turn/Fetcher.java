import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

class Fetcher {

    /** Fetches every URL with {@code fetch} and returns the bodies in the order of {@code urls}. */
    static List<String> fetchAll(List<String> urls, Function<String, String> fetch) throws Exception {
        List<String> bodies = new ArrayList<>();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String url : urls) {
                // a new virtual thread per URL, and its body as soon as it is there
                bodies.add(executor.submit(() -> fetch.apply(url)).get());
            }
        }
        return bodies;
    }
}
