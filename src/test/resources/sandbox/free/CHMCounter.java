// race-free: a free run must not report it (found by review)
import java.util.concurrent.*;
public class CHMCounter {
    static class Box { int n; }
    public static void main(String[] args) throws Exception {
        ConcurrentHashMap<String, Box> m = new ConcurrentHashMap<>();
        Thread[] ts = new Thread[4];
        for (int t = 0; t < 4; t++) {
            ts[t] = new Thread(() -> {
                for (int i = 0; i < 5000; i++) {
                    m.compute("k", (k, b) -> { if (b == null) b = new Box(); b.n++; return b; });
                }
            });
            ts[t].start();
        }
        for (Thread t : ts) t.join();
        System.out.println(m.get("k").n);
    }
}
