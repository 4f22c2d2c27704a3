// expect: none
// lines:
// about: the worker checks for a cancel before it announces its start, so an interrupt it sees there came before main saw it start; main interrupts only after that
public class InterruptCheckRightAfterStartFixed {
    static volatile boolean started;
    static volatile boolean cancelledBeforeStart;

    public static void main(String[] args) throws InterruptedException {
        Thread worker = new Thread(() -> {
            if (Thread.currentThread().isInterrupted()) {
                cancelledBeforeStart = true;
            } else {
                started = true;
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
