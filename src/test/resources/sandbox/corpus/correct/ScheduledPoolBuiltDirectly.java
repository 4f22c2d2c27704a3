// expect: not-modelled
// lines: 10
// about: a correct delayed task on a ScheduledThreadPoolExecutor built with `new`, which the sandbox does not model (its workers would be threads it cannot schedule): it must say it could not check this, never blame the program with a lost wake-up
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

public class ScheduledPoolBuiltDirectly {
    public static void main(String[] args) throws Exception {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1);
        ScheduledFuture<String> later = timer.schedule(() -> "done", 10, TimeUnit.MILLISECONDS);
        assert later.get().equals("done");
        timer.shutdown();
    }
}
