// expect: assertion
// lines: 8, 9
// about: two virtual threads run count++ on a shared field; virtual threads race exactly like platform threads
public class VirtualThreadRace {
    static int count;

    public static void main(String[] args) throws InterruptedException {
        Thread a = Thread.ofVirtual().start(() -> count++);
        Thread b = Thread.ofVirtual().start(() -> count++);
        a.join();
        b.join();
        assert count == 2 : "lost update: count = " + count;
    }
}
