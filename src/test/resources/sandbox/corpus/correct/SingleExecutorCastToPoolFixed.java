// expect: none
// lines:
// about: the pool is asked whether it is a ThreadPoolExecutor before it is cast; newSingleThreadExecutor's is not (as in the JDK), newFixedThreadPool's is, and only that one is asked for its counts
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

public class SingleExecutorCastToPoolFixed {
    public static void main(String[] args) throws InterruptedException {
        int pools = 0;
        for (ExecutorService pool : List.of(Executors.newSingleThreadExecutor(), Executors.newFixedThreadPool(1))) {
            pool.execute(() -> { });
            pool.shutdown();
            while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                Thread.onSpinWait();
            }
            if (pool instanceof ThreadPoolExecutor tpe) {
                pools++;
                assert tpe.getCompletedTaskCount() == 1 : tpe;
            }
        }
        assert pools == 1 : pools + " ThreadPoolExecutors";
    }
}
