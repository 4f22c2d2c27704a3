// expect: none
// lines:
// about: the counter is guarded by a dedicated final lock object that never changes, not by the Integer it replaces
public class SyncOnBoxedIntegerFixed {
    static final Object lock = new Object();
    static int count = 0;

    static void incrementTwice() {
        for (int i = 0; i < 2; i++) {
            synchronized (lock) {
                count++;
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread a = new Thread(SyncOnBoxedIntegerFixed::incrementTwice);
        Thread b = new Thread(SyncOnBoxedIntegerFixed::incrementTwice);
        a.start();
        b.start();
        a.join();
        b.join();
        assert count == 4 : "lost update: count = " + count;
    }
}
