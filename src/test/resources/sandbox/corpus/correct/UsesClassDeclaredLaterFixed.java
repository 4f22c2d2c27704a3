// expect: none
// lines:
// about: the public class comes first and uses classes declared below it (valid Java); LaterLedger.add is synchronized, so no event is lost and count() sees both
public class UsesClassDeclaredLaterFixed {
    public static void main(String[] args) throws InterruptedException {
        LaterLedger ledger = new LaterLedger();
        Thread a = new Thread(() -> ledger.add(new LaterEntry(1)));
        Thread b = new Thread(() -> ledger.add(new LaterEntry(2)));
        a.start();
        b.start();
        a.join();
        b.join();
        int counted = ledger.count();
        assert counted == 2 : "two entries, but the ledger counted " + counted;
    }
}

record LaterEntry(int id) {}

class LaterLedger {
    private int count;

    synchronized void add(LaterEntry e) {
        if (e.id() > 0) {
            count++;
        }
    }

    synchronized int count() {
        return count;
    }
}
