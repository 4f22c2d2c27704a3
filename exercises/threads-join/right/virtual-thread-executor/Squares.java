import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

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
        try (ExecutorService perIndex = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < n; i++) {
                int index = i;
                perIndex.submit(() -> {
                    pretendToWork();
                    results[index] = index * index;
                });
            }
        }   // close() waits for every task
        return results;
    }
}
