// expect: none
// lines:
// about: the static counter is guarded by a static synchronized method (the class monitor), which is shared by all instances
public class WrongLockThisFixed implements Runnable {
    static int total;

    static synchronized void bump() {
        total++;
    }

    @Override
    public void run() {
        bump();
    }

    public static void main(String[] args) throws InterruptedException {
        Thread a = new Thread(new WrongLockThisFixed());
        Thread b = new Thread(new WrongLockThisFixed());
        a.start();
        b.start();
        a.join();
        b.join();
        assert total == 2 : "lost update: total = " + total;
    }
}
