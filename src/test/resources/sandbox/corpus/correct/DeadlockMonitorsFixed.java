// expect: none
// lines:
// about: both threads take the monitors in the same global order (left, then right), so no wait cycle can form
public class DeadlockMonitorsFixed {
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
            synchronized (left) {
                synchronized (right) {
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
