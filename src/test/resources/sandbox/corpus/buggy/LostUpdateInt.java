// expect: assertion
// lines: 9, 10
// about: two threads each run count++ on a shared instance field without a lock; read, read, write, write loses one increment
public class LostUpdateInt {
    int count;

    public static void main(String[] args) throws InterruptedException {
        LostUpdateInt c = new LostUpdateInt();
        Thread a = new Thread(() -> c.count++);
        Thread b = new Thread(() -> c.count++);
        a.start();
        b.start();
        a.join();
        b.join();
        assert c.count == 2 : "lost update: count = " + c.count;
    }
}
