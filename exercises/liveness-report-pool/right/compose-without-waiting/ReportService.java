import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

class ReportService implements AutoCloseable {

    private final ExecutorService pool;
    private final ExecutorService sectionThreads = Executors.newVirtualThreadPerTaskExecutor();

    ReportService(int threads) {
        pool = Executors.newFixedThreadPool(threads);
    }

    // No task waits: the sections run on their own threads, and the report is assembled when the last one is done.
    Future<String> report(String title, List<Callable<String>> sections) {
        return CompletableFuture.supplyAsync(() -> sections.stream()
                        .map(section -> CompletableFuture.supplyAsync(() -> {
                            try {
                                return section.call();
                            } catch (Exception e) {
                                throw new CompletionException(e);
                            }
                        }, sectionThreads))
                        .toList(), pool)
                .thenCompose(rendered -> CompletableFuture.allOf(rendered.toArray(CompletableFuture[]::new))
                        .thenApply(done -> title + rendered.stream().map(r -> " | " + r.join())
                                .collect(Collectors.joining())));
    }

    @Override
    public void close() {
        pool.close();
        sectionThreads.close();
    }
}
