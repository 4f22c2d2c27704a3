// expect: none
// lines:
// about: a delayed task scheduled before shutdown() still runs (the default policy); awaitTermination then sees its write
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

public class ScheduledDelayedRunsAfterShutdown {
    static boolean ran;

    public static void main(String[] args) throws InterruptedException {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        timer.schedule(() -> ran = true, 20, TimeUnit.MILLISECONDS);
        timer.shutdown();
        assert timer.awaitTermination(1, TimeUnit.DAYS) : "not terminated";
        assert ran : "the delayed task did not run";
    }
}
