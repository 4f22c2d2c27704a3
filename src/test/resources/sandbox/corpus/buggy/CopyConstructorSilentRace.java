// expect: data-race
// lines: 13, 17
// about: a worker adds to a plain ArrayList while main copies it with new ArrayList<>(list) before joining: the copy constructor reads the contents inside the JDK, unordered with the add
import java.util.ArrayList;
import java.util.List;

public class CopyConstructorSilentRace {
    public static void main(String[] args) throws InterruptedException {
        List<String> names = new ArrayList<>();
        names.add("ada");
        Thread worker = new Thread(() -> {
            synchronized (names) {
                names.add("grace");
            }
        });
        worker.start();
        List<String> snapshot = new ArrayList<>(names);
        worker.join();
        assert snapshot.size() >= 1 : snapshot;
    }
}
