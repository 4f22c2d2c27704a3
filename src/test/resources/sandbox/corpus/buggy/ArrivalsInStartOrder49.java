// expect: assertion
// lines: 16, 23
// about: 49 threads append their id to a synchronized list; main believes they arrive in the order they were started, which is one order out of 49!
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public class ArrivalsInStartOrder49 {
    static final int N = 49;
    static final List<Integer> arrivals = Collections.synchronizedList(new ArrayList<>());

    public static void main(String[] args) throws InterruptedException {
        Thread[] writers = new Thread[N];
        for (int i = 0; i < N; i++) {
            int me = i;
            writers[i] = new Thread(() -> arrivals.add(me));
            writers[i].start();
        }
        for (Thread w : writers) {
            w.join();
        }
        for (int i = 0; i < N; i++) {
            assert arrivals.get(i) == i : "arrival " + i + " was thread " + arrivals.get(i);
        }
    }
}
