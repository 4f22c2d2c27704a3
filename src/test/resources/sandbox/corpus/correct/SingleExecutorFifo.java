// expect: none
// lines:
// about: a single-thread executor runs its tasks one after the other in submission order on one thread: a plain list needs no lock
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

public class SingleExecutorFifo {
    public static void main(String[] args) throws InterruptedException {
        List<Integer> order = new ArrayList<>();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        for (int i = 0; i < 3; i++) {
            int n = i;
            pool.execute(() -> order.add(n));
        }
        pool.shutdown();
        assert pool.awaitTermination(1, TimeUnit.DAYS) : "not terminated";
        assert order.equals(List.of(0, 1, 2)) : "order " + order;
    }
}
