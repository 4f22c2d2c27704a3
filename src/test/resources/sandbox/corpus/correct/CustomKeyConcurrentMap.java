// expect: none
// lines:
// about: two threads put keys of their own class into one ConcurrentHashMap bin; the map runs the keys' equals under the bin's lock (was "could not check": a switch inside equals left the other put blocked inside the JDK)
import java.util.concurrent.ConcurrentHashMap;

public class CustomKeyConcurrentMap {
    static final class Key {
        String name;

        Key(String name) {
            this.name = name;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.name.equals(name);
        }

        @Override
        public int hashCode() {
            return 1; // every key in one bin
        }
    }

    public static void main(String[] args) throws InterruptedException {
        ConcurrentHashMap<Key, Integer> map = new ConcurrentHashMap<>();
        Runnable work = () -> {
            for (String s : new String[] {"a", "b"}) {
                map.put(new Key(s), 1);
            }
        };
        Thread x = new Thread(work);
        Thread y = new Thread(work);
        x.start();
        y.start();
        x.join();
        y.join();
        assert map.size() == 2 : map.size() + " keys";
    }
}
