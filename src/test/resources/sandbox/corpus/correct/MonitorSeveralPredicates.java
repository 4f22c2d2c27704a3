// expect: none
// lines:
// about: a monitor guards two predicates (a slot free, a slot filled) with one wait set: every wait is in a while loop and every change is followed by notifyAll, so no waiter for the other predicate swallows the wake-up
public class MonitorSeveralPredicates {
    private Integer slot;
    private int taken;

    synchronized void put(int x) throws InterruptedException {
        while (slot != null) {
            wait();
        }
        slot = x;
        notifyAll();
    }

    synchronized int take() throws InterruptedException {
        while (slot == null) {
            wait();
        }
        int x = slot;
        slot = null;
        taken++;
        notifyAll();
        return x;
    }

    public static void main(String[] args) throws InterruptedException {
        MonitorSeveralPredicates box = new MonitorSeveralPredicates();
        int[] sums = new int[2];
        Thread p1 = new Thread(() -> quietly(() -> { box.put(1); box.put(2); }));
        Thread p2 = new Thread(() -> quietly(() -> box.put(3)));
        Thread c1 = new Thread(() -> quietly(() -> { sums[0] += box.take(); sums[0] += box.take(); }));
        Thread c2 = new Thread(() -> quietly(() -> sums[1] += box.take()));
        for (Thread t : new Thread[] {p1, p2, c1, c2}) {
            t.start();
        }
        for (Thread t : new Thread[] {p1, p2, c1, c2}) {
            t.join();
        }
        assert sums[0] + sums[1] == 6 : "sum " + (sums[0] + sums[1]);
        synchronized (box) {
            assert box.taken == 3 && box.slot == null;
        }
    }

    interface Body {
        void run() throws InterruptedException;
    }

    static void quietly(Body b) {
        try {
            b.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
