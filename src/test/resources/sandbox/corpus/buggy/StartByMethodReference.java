// expect: assertion
// lines: 13, 17
// about: threads started with forEach(Thread::start) both do count++ unsynchronized; one increment is lost
import java.util.ArrayList;
import java.util.List;

public class StartByMethodReference {
    static int count;

    public static void main(String[] args) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            threads.add(new Thread(() -> count++));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) t.join();
        assert count == 2 : "count " + count;
    }
}
