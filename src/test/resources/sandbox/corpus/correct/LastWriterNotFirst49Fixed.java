// expect: none
// lines:
// about: the 49 threads append to a synchronized list and main only checks what holds in every order: each id arrived exactly once
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public class LastWriterNotFirst49Fixed {
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
        List<Integer> sorted = new ArrayList<>(arrivals);
        Collections.sort(sorted);
        for (int i = 0; i < N; i++) {
            assert sorted.get(i) == i : "an id is missing or doubled";
        }
    }
}
