// expect: assertion
// lines: 13, 14
// about: if (!map.containsKey(k)) map.put(k, ...) on a HashMap shared by two threads; both see the key missing and both create an entry
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

public class HashMapCheckThenAct {
    static final Map<String, Integer> sessions = new HashMap<>();
    static final AtomicInteger created = new AtomicInteger();

    static void login(String user) {
        if (!sessions.containsKey(user)) {
            sessions.put(user, created.incrementAndGet());
        }
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
