// expect: assertion
// lines: 14, 25
// about: the public class comes first and uses LaterTally and LaterEvent, declared below it (valid Java: javac and the source launcher accept it); LaterTally.add runs count++ without a lock, so one of two events can be lost
public class UsesClassDeclaredLater {
    public static void main(String[] args) throws InterruptedException {
        LaterTally tally = new LaterTally();
        Thread a = new Thread(() -> tally.add(new LaterEvent(1)));
        Thread b = new Thread(() -> tally.add(new LaterEvent(2)));
        a.start();
        b.start();
        a.join();
        b.join();
        int counted = tally.count();
        assert counted == 2 : "two events, but the tally counted " + counted;
    }
}

record LaterEvent(int id) {}

class LaterTally {
    private int count;

    void add(LaterEvent e) {
        if (e.id() > 0) {
            count++;
        }
    }

    int count() {
        return count;
    }
}
