// expect: none
// lines:
// about: race-free: an enum singleton keeps its ids in a HashSet under its own monitor; its constant is made by the class's initialization, which the JVM orders before every use (a schedule must not see the set the last one filled)
import java.util.HashSet;
import java.util.Set;

public class EnumSingletonRegistry {
    enum Registry {
        INSTANCE;
        private int next = 1;
        private final Set<Integer> issued = new HashSet<>();

        synchronized int issue() {
            int id = next++;
            issued.add(id);
            return id;
        }

        synchronized int count() {
            return issued.size();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Runnable grab = () -> {
            for (int i = 0; i < 2; i++) {
                Registry.INSTANCE.issue();
            }
        };
        Thread a = new Thread(grab);
        Thread b = new Thread(grab);
        Thread c = new Thread(grab);
        a.start();
        b.start();
        c.start();
        a.join();
        b.join();
        c.join();
        assert Registry.INSTANCE.count() == 6 : "issued " + Registry.INSTANCE.count();
    }
}
