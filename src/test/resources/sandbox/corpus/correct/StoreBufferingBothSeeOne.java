// expect: none
// about: with volatile x and y, sequential consistency forbids r1 = r2 = 0 (one write comes first in the total order of volatile accesses, and the other thread's read follows it); every other outcome is allowed and not asserted against
public class StoreBufferingBothSeeOne {
    static volatile int x, y;
    static int r1, r2;

    public static void main(String[] args) throws InterruptedException {
        Thread a = new Thread(() -> { x = 1; r1 = y; });
        Thread b = new Thread(() -> { y = 1; r2 = x; });
        a.start(); b.start();
        a.join(); b.join();
        assert !(r1 == 0 && r2 == 0) : "neither thread saw the other's write";
    }
}
