// expect: exception
// lines: 9
// about: newSingleThreadExecutor() returns a wrapper, not a ThreadPoolExecutor (so that its size cannot be changed): the cast throws ClassCastException in every JVM
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;

public class SingleExecutorCastToPool {
    public static void main(String[] args) {
        ThreadPoolExecutor pool = (ThreadPoolExecutor) Executors.newSingleThreadExecutor();
        pool.execute(() -> { });
        pool.shutdown();
    }
}
