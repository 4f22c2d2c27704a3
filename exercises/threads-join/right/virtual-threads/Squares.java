import java.util.stream.IntStream;

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
        var results = new int[n];
        var workers = IntStream.range(0, n)
                .mapToObj(i -> Thread.ofVirtual().start(() -> {
                    pretendToWork();
                    results[i] = i * i;
                }))
                .toList();
        for (var worker : workers) {
            worker.join();
        }
        return results;
    }
}
