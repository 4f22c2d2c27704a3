// expect: assertion
// lines: 10, 11
// about: main starts the worker and yields "so it runs first"; yield is only a hint, main may go on before the worker has run at all
public class YieldBeforeCheck {
    static volatile boolean started;

    public static void main(String[] args) throws InterruptedException {
        Thread worker = new Thread(() -> started = true);
        worker.start();
        Thread.yield();
        assert started : "the worker has not run yet";
        worker.join();
    }
}
