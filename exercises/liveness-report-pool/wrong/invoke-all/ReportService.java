import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

class ReportService implements AutoCloseable {

    private final ExecutorService pool;

    // At most `threads` reports are built at the same time.
    ReportService(int threads) {
        pool = Executors.newFixedThreadPool(threads);
    }

    // Builds a report: the title, then each section's text, joined by " | ". The sections are rendered at the
    // same time, each by a task of its own.
    Future<String> report(String title, List<Callable<String>> sections) {
        return pool.submit(() -> {
            List<Future<String>> rendered = pool.invokeAll(sections);   // all at once, and wait for all
            StringBuilder text = new StringBuilder(title);
            for (Future<String> section : rendered) {
                text.append(" | ").append(section.get());
            }
            return text.toString();
        });
    }

    @Override
    public void close() {
        pool.close();
    }
}
