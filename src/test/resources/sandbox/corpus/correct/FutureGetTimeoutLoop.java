// expect: none
// lines:
// about: main polls a submitted Callable with get(timeout) in a loop and treats a TimeoutException as "not yet"; the value comes with the task's writes
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

public class FutureGetTimeoutLoop {
    static int side;

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<Integer> f = pool.submit(() -> {
            side = 1;
            return 41 + side;
        });
        Integer v = null;
        while (v == null) {
            try {
                v = f.get(2, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                Thread.onSpinWait();
            }
        }
        pool.shutdown();
        assert v == 42 && side == 1 : v + " " + side;
    }
}
