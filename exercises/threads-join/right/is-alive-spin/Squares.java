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

    static int[] compute(int n) throws InterruptedException {
        int[] results = new int[n];
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            Thread worker = Thread.ofPlatform().name("square-" + i).start(() -> {
                pretendToWork();
                results[index] = index * index;
            });
            workers.add(worker);
        }
        for (Thread worker : workers) {
            while (worker.isAlive()) {      // isAlive() == false is ordered after the thread's last action
                Thread.onSpinWait();
            }
        }
        return results;
    }
}
