// expect: none
// lines:
// about: race-free: a pool kept in a static field is given a task by the static initializer itself; main reads the table only after the future's get()
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

public class StaticPoolSubmitsInInitializer {
    static final int[] table = new int[4];
    static final ExecutorService POOL = Executors.newSingleThreadExecutor();
    static final Future<Integer> SUM = POOL.submit(() -> {
        int s = 0;
        for (int i = 0; i < table.length; i++) {
            table[i] = i * 3;
            s += table[i];
        }
        return s;
    });

    public static void main(String[] args) throws Exception {
        int s = SUM.get();
        POOL.shutdown();
        assert s == 18 && table[3] == 9 : s + " " + table[3];
    }
}
