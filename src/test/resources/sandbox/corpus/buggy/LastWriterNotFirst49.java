// expect: assertion
// lines: 16, 22
// about: 49 threads each append their id to a synchronized list; main believes thread 0, started first, cannot arrive last
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public class LastWriterNotFirst49 {
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
        assert arrivals.getLast() != 0 : "thread 0 was started first, yet it arrived last";
    }
}
