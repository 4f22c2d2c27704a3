import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.function.Function;

class Fetcher {
    static List<String> fetchAll(List<String> urls, Function<String, String> fetch) throws Exception {
        List<CompletableFuture<String>> bodies;
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            bodies = urls.stream()
                    .map(url -> CompletableFuture.supplyAsync(() -> fetch.apply(url), executor))
                    .toList();
        }
        return bodies.stream().map(CompletableFuture::join).toList();
    }
}
