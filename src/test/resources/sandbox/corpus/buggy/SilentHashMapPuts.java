// expect: data-race
// lines: 10, 11
// about: two threads put different keys into one HashMap; the puts are never lost here, but HashMap is not thread-safe (a resize can lose entries or loop)
import java.util.HashMap;
import java.util.Map;

public class SilentHashMapPuts {
    public static void main(String[] args) throws InterruptedException {
        Map<String, Integer> ages = new HashMap<>();
        Thread a = new Thread(() -> ages.put("ada", 36));
        Thread b = new Thread(() -> ages.put("alan", 41));
        a.start();
        b.start();
        a.join();
        b.join();
    }
}
