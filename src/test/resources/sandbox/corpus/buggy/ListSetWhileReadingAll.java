// expect: data-race
// lines: 11, 13
// about: a worker sets one element of an ArrayList while main reads every element (contains walks the whole list) before joining it: the element's write and main's read race, even though no other element is written
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public class ListSetWhileReadingAll {
    public static void main(String[] args) throws InterruptedException {
        List<Integer> slots = new ArrayList<>(Collections.nCopies(3, 0));
        Thread worker = new Thread(() -> slots.set(1, 42));
        worker.start();
        boolean seen = slots.contains(42);
        worker.join();
        assert slots.get(1) == 42 : "seen early: " + seen;
    }
}
