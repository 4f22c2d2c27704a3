// expect: data-race
// lines: 12, 17
// about: the static initializer's task fills the table on the pool, and main reads it without waiting for the task's future
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

public class StaticPoolSubmitsInInitializer {
    static final int[] table = new int[2];
    static final ExecutorService POOL = Executors.newSingleThreadExecutor();
    static final Future<?> FILLED = POOL.submit(() -> {
        table[1] = 7;
    });

    public static void main(String[] args) throws Exception {
        POOL.shutdown();
        int seen = table[1];
        FILLED.get();
        System.out.println(seen);
    }
}
