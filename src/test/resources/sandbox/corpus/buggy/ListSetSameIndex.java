// expect: data-race
// lines: 11, 12
// about: two threads set the same element of a presized ArrayList with no lock: the two writes of one element race (set on distinct elements would not)
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public class ListSetSameIndex {
    public static void main(String[] args) throws InterruptedException {
        List<String> winner = new ArrayList<>(Collections.nCopies(2, "none"));
        Thread a = new Thread(() -> winner.set(0, "a"));
        Thread b = new Thread(() -> winner.set(0, "b"));
        a.start();
        b.start();
        a.join();
        b.join();
        assert !winner.get(0).equals("none") : winner;
    }
}
