import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

class Squares {

    /** Simulates slow work: every worker calls this before writing its result. Do not remove it. */
    static void pretendToWork() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static int[] compute(int n) throws InterruptedException {
        int[] results = new int[n];
        // WRONG: four threads, not one per index: the other workers queue up behind them
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < n; i++) {
            int index = i;
            pool.execute(() -> {
                pretendToWork();
                results[index] = index * index;
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        return results;
    }
}
