import java.util.concurrent.CountDownLatch;

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
        CountDownLatch done = new CountDownLatch(n);
        for (int i = 0; i < n; i++) {
            final int index = i;
            new Thread(() -> {
                try {
                    pretendToWork();
                    results[index] = index * index;
                } finally {
                    done.countDown(); // after the write: await() sees it
                }
            }).start();
        }
        done.await();
        return results;
    }
}
