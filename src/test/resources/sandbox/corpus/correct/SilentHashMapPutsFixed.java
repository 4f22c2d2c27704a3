// expect: none
// lines:
// about: a ConcurrentHashMap orders the puts; join orders them before the read
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public class SilentHashMapPutsFixed {
    public static void main(String[] args) throws InterruptedException {
        Map<String, Integer> ages = new ConcurrentHashMap<>();
        Thread a = new Thread(() -> ages.put("ada", 36));
        Thread b = new Thread(() -> ages.put("alan", 41));
        a.start();
        b.start();
        a.join();
        b.join();
        assert ages.size() == 2;
    }
}
