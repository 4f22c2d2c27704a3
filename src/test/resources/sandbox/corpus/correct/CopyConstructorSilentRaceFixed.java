// expect: none
// lines:
// about: main copies the list (List.copyOf) holding the monitor the worker adds under, so the copy's reads are ordered with the add
import java.util.ArrayList;
import java.util.List;

public class CopyConstructorSilentRaceFixed {
    public static void main(String[] args) throws InterruptedException {
        List<String> names = new ArrayList<>();
        names.add("ada");
        Thread worker = new Thread(() -> {
            synchronized (names) {
                names.add("grace");
            }
        });
        worker.start();
        List<String> snapshot;
        synchronized (names) { // the copy holds the lock the writer holds
            snapshot = List.copyOf(names);
        }
        worker.join();
        assert snapshot.size() >= 1 : snapshot;
    }
}
