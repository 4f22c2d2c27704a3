// expect: assertion
// lines: 13, 14
// about: two tasks on a two-thread pool both run count++ on a plain static field; shutdown/awaitTermination does not make them atomic
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

public class ExecutorRace {
    static int count;

    public static void main(String[] args) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        pool.execute(() -> count++);
        pool.execute(() -> count++);
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        assert count == 2 : "lost update: count = " + count;
    }
}
