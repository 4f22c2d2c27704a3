// expect: assertion
// lines: 10, 11
// about: get() then put() on a ConcurrentHashMap; each call is thread-safe but the pair is not atomic, so a vote is lost
import java.util.concurrent.ConcurrentHashMap;

public class ConcurrentHashMapGetThenPut {
    static final ConcurrentHashMap<String, Integer> votes = new ConcurrentHashMap<>();

    static void vote(String option) {
        Integer old = votes.get(option);
        votes.put(option, old == null ? 1 : old + 1);
    }

    public static void main(String[] args) throws InterruptedException {
        Thread a = new Thread(() -> vote("yes"));
        Thread b = new Thread(() -> vote("yes"));
        a.start();
        b.start();
        a.join();
        b.join();
        assert votes.get("yes") == 2 : "lost a vote: " + votes;
    }
}
