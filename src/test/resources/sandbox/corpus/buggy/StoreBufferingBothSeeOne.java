// expect: assertion
// lines: 13
// about: with volatile x and y, each thread writes its own and reads the other's; both writes may land before both reads, so r1 = r2 = 1 is a legal outcome that the assertion rules out
public class StoreBufferingBothSeeOne {
    static volatile int x, y;
    static int r1, r2;

    public static void main(String[] args) throws InterruptedException {
        Thread a = new Thread(() -> { x = 1; r1 = y; });
        Thread b = new Thread(() -> { y = 1; r2 = x; });
        a.start(); b.start();
        a.join(); b.join();
        assert !(r1 == 1 && r2 == 1) : "both threads saw the other's write";
    }
}
