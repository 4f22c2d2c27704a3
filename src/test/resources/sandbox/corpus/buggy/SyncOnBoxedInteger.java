// expect: assertion
// lines: 10, 11
// about: synchronized (count) { count++; } locks whatever Integer count points to; count++ replaces it, so the other thread may hold a different lock
public class SyncOnBoxedInteger {
    static Integer count = 0;

    @SuppressWarnings("synchronization") // javac rightly warns: Integer is a value-based class
    static void incrementTwice() {
        for (int i = 0; i < 2; i++) {
            synchronized (count) {
                count++;
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread a = new Thread(SyncOnBoxedInteger::incrementTwice);
        Thread b = new Thread(SyncOnBoxedInteger::incrementTwice);
        a.start();
        b.start();
        a.join();
        b.join();
        assert count == 4 : "lost update: count = " + count;
    }
}
