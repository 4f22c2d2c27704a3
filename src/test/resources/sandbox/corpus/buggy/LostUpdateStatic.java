// expect: assertion
// lines: 8, 9
// about: two threads each run hits++ on a shared static field without a lock; one increment can be lost
public class LostUpdateStatic {
    static int hits;

    public static void main(String[] args) throws InterruptedException {
        Thread a = new Thread(() -> hits++);
        Thread b = new Thread(() -> hits++);
        a.start();
        b.start();
        a.join();
        b.join();
        assert hits == 2 : "lost update: hits = " + hits;
    }
}
