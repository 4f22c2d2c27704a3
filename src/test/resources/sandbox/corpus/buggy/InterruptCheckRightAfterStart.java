// expect: assertion
// lines: 11, 17, 19
// about: main interrupts the worker only once it has seen it start; the worker reads an interrupt seen right after it announced its start as a cancel that came before it (isInterrupted() is a scheduling point: the interrupt can land between the write and the check)
public class InterruptCheckRightAfterStart {
    static volatile boolean started;
    static volatile boolean cancelledBeforeStart;

    public static void main(String[] args) throws InterruptedException {
        Thread worker = new Thread(() -> {
            started = true;
            if (Thread.currentThread().isInterrupted()) {
                cancelledBeforeStart = true;
            }
        });
        worker.start();
        while (!started) {
            Thread.onSpinWait();
        }
        worker.interrupt();
        worker.join();
        assert !cancelledBeforeStart : "the worker says it was cancelled before it started, but main saw it start";
    }
}
