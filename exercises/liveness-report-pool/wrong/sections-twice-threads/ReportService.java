import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

class ReportService implements AutoCloseable {

    private final ExecutorService pool;
    private final ExecutorService sectionPool;

    ReportService(int threads) {
        pool = Executors.newFixedThreadPool(threads);
        // sections get their own pool, so a report never waits for a thread it holds; two per report thread
        sectionPool = Executors.newFixedThreadPool(threads * 2);
    }

    Future<String> report(String title, List<Callable<String>> sections) {
        return pool.submit(() -> {
            List<Future<String>> rendered = new ArrayList<>();
            for (Callable<String> section : sections) {
                rendered.add(sectionPool.submit(section));
            }
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
        sectionPool.close();
    }
}
