// expect: none
// lines:
// about: ConcurrentHashMap.computeIfAbsent runs the check and the insert atomically and calls the function at most once per key
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

public class HashMapCheckThenActFixed {
    static final ConcurrentHashMap<String, Integer> sessions = new ConcurrentHashMap<>();
    static final AtomicInteger created = new AtomicInteger();

    static void login(String user) {
        sessions.computeIfAbsent(user, u -> created.incrementAndGet());
    }

    public static void main(String[] args) throws InterruptedException {
        Thread a = new Thread(() -> login("alice"));
        Thread b = new Thread(() -> login("alice"));
        a.start();
        b.start();
        a.join();
        b.join();
        assert created.get() == 1 : "session created " + created.get() + " times";
    }
}
