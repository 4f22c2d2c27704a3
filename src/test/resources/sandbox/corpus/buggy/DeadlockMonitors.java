// expect: deadlock
// lines: 12, 19
// about: lock-order inversion; thread a takes left then right, thread b takes right then left
public class DeadlockMonitors {
    static final Object left = new Object();
    static final Object right = new Object();
    static int moves;

    public static void main(String[] args) throws InterruptedException {
        Thread a = new Thread(() -> {
            synchronized (left) {
                synchronized (right) {
                    moves++;
                }
            }
        });
        Thread b = new Thread(() -> {
            synchronized (right) {
                synchronized (left) {
                    moves++;
                }
            }
        });
        a.start();
        b.start();
        a.join();
        b.join();
        assert moves == 2 : "moves = " + moves;
    }
}
