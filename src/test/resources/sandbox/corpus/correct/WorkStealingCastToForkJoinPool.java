// expect: not-modelled
// lines:
// about: correct (newWorkStealingPool returns a ForkJoinPool in every JVM, so the cast succeeds), but the sandbox's pool is not a ForkJoinPool: it must say it could not check it, never report the cast as a ClassCastException
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

public class WorkStealingCastToForkJoinPool {
    public static void main(String[] args) throws InterruptedException {
        ForkJoinPool pool = (ForkJoinPool) Executors.newWorkStealingPool();
        pool.execute(() -> { });
        pool.shutdown();
        while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
            Thread.onSpinWait();
        }
    }
}
