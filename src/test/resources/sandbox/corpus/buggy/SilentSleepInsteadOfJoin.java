// expect: data-race
// lines: 9, 13
// about: main sleeps instead of joining; the worker is always done by then here, but sleeping orders nothing: the read of result races with its write
public class SilentSleepInsteadOfJoin {
    static int result;

    public static void main(String[] args) throws InterruptedException {
        Thread worker = new Thread(() -> {
            result = 6 * 7;
        });
        worker.start();
        Thread.sleep(100);
        int seen = result;
        worker.join();
    }
}
