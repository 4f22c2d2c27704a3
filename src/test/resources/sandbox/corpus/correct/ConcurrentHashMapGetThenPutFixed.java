// expect: none
// lines:
// about: merge(option, 1, Integer::sum) is one atomic operation on the ConcurrentHashMap, so no vote is lost
import java.util.concurrent.ConcurrentHashMap;

public class ConcurrentHashMapGetThenPutFixed {
    static final ConcurrentHashMap<String, Integer> votes = new ConcurrentHashMap<>();

    static void vote(String option) {
        votes.merge(option, 1, Integer::sum);
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
