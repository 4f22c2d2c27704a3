// expect: none
// lines:
// about: interrupt() synchronizes-with the point where the worker sees it interrupted (JLS 17.4.4), so the plain write before it is seen
public class InterruptHandOff {
    static int message;

    public static void main(String[] args) throws InterruptedException {
        Thread worker = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.onSpinWait();
            }
            assert message == 42 : "message = " + message;
        });
        worker.start();
        message = 42;
        worker.interrupt();
        worker.join();
    }
}
