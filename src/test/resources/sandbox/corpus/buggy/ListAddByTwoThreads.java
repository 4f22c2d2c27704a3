// expect: data-race
// lines: 13
// about: two threads add to one ArrayList: add changes the list's size and may grow its array, so it is a write of the whole list, unordered with the other add (no element is lost when each add is one step, but the detector sees the race)
import java.util.ArrayList;
import java.util.List;

public class ListAddByTwoThreads {
    public static void main(String[] args) throws InterruptedException {
        List<Integer> squares = new ArrayList<>();
        Thread[] workers = new Thread[2];
        for (int i = 0; i < workers.length; i++) {
            int k = i;
            workers[i] = new Thread(() -> squares.add(k * k));
            workers[i].start();
        }
        for (Thread w : workers) {
            w.join();
        }
        assert squares.size() == 2 : squares;
    }
}
