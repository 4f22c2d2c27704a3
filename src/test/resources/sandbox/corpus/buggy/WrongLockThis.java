// expect: assertion
// lines: 9
// about: a synchronized instance method locks `this`; two Runnable instances mean two different locks guarding one static counter
public class WrongLockThis implements Runnable {
    static int total;

    @Override
    public synchronized void run() {
        total++;
    }

    public static void main(String[] args) throws InterruptedException {
        Thread a = new Thread(new WrongLockThis());
        Thread b = new Thread(new WrongLockThis());
        a.start();
        b.start();
        a.join();
        b.join();
        assert total == 2 : "lost update: total = " + total;
    }
}
