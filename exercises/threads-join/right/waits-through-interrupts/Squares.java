import java.util.ArrayList;
import java.util.List;

class Squares {

    /** Simulates slow work: every worker calls this before writing its result. Do not remove it. */
    static void pretendToWork() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static int[] compute(int n) {
        int[] results = new int[n];
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            workers.add(Thread.ofPlatform().name("square-" + i).start(() -> {
                pretendToWork();
                results[index] = index * index;
            }));
        }
        boolean interrupted = false;
        for (Thread worker : workers) {
            while (true) {
                try {
                    worker.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;          // finish waiting first, then tell the caller
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return results;
    }
}
