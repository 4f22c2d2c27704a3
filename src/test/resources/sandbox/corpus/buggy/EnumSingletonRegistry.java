// expect: data-race
// lines: 14
// about: the enum singleton's issue() is not synchronized: two threads may read next together and issue the same id
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

public class EnumSingletonRegistry {
    enum Registry {
        INSTANCE;
        private int next = 1;
        private final Set<Integer> issued = ConcurrentHashMap.newKeySet();

        int issue() {
            int id = next++;
            issued.add(id);
            return id;
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
        a.start();
        b.start();
        a.join();
        b.join();
        System.out.println(Registry.INSTANCE.issued.size());
    }
}
