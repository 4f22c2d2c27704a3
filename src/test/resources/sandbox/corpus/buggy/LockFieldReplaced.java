// expect: assertion
// lines: 13, 26
// about: the workers lock whatever object the lock field holds; a third thread replaces it, so two workers can hold different monitors around the same count++
public class LockFieldReplaced {
    static volatile Object lock = new Object();
    static int count;

    public static void main(String[] args) throws InterruptedException {
        Runnable worker = () -> {
            for (int i = 0; i < 2; i++) {
                Object mine = lock;
                synchronized (mine) {
                    count++;
                }
            }
        };
        Thread a = new Thread(worker);
        Thread b = new Thread(worker);
        Thread reconfigure = new Thread(() -> lock = new Object());
        a.start();
        b.start();
        reconfigure.start();
        a.join();
        b.join();
        reconfigure.join();
        assert count == 4 : "lost an increment: count = " + count;
    }
}
