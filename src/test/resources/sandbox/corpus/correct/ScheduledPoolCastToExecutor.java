// expect: not-modelled
// lines:
// about: correct (newScheduledThreadPool returns a ScheduledThreadPoolExecutor in every JVM), but the sandbox's scheduled pool is not one: it must say it could not check it, never report the cast as a ClassCastException
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

public class ScheduledPoolCastToExecutor {
    public static void main(String[] args) throws InterruptedException {
        ScheduledThreadPoolExecutor pool = (ScheduledThreadPoolExecutor) Executors.newScheduledThreadPool(1);
        pool.setRemoveOnCancelPolicy(true);
        pool.schedule(() -> { }, 10, TimeUnit.MILLISECONDS);
        pool.shutdown();
        while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
            Thread.onSpinWait();
        }
    }
}
