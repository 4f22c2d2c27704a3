import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.Semaphore;

class ReportService implements AutoCloseable {

    // A virtual thread per report and per section: nothing ever queues for a thread. The semaphore is the limit
    // on reports built at once; sections are not counted, so a report never waits for a permit it holds.
    private final ExecutorService reports = Executors.newVirtualThreadPerTaskExecutor();
    private final Semaphore building;

    ReportService(int threads) {
        building = new Semaphore(threads);
    }

    Future<String> report(String title, List<Callable<String>> sections) {
        return reports.submit(() -> {
            building.acquire();
            try {
                List<FutureTask<String>> rendered = new ArrayList<>();
                for (Callable<String> section : sections) {
                    FutureTask<String> task = new FutureTask<>(section);
                    Thread.ofVirtual().start(task);
                    rendered.add(task);
                }
                StringBuilder text = new StringBuilder(title);
                for (FutureTask<String> section : rendered) {
                    text.append(" | ").append(section.get());
                }
                return text.toString();
            } finally {
                building.release();
            }
        });
    }

    @Override
    public void close() {
        reports.close();
    }
}
