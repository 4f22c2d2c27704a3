// expect: assertion
// lines: 11, 22
// about: the worker checks isInterrupted() first, then loops on Thread.interrupted(), which clears the flag: an interrupt that lands between the two checks is forgotten
import java.util.concurrent.atomic.AtomicBoolean;

public class InterruptedClearsBetweenChecks {
    public static void main(String[] args) throws InterruptedException {
        AtomicBoolean flagKept = new AtomicBoolean();
        Thread worker = new Thread(() -> {
            if (!Thread.currentThread().isInterrupted()) {
                while (!Thread.interrupted()) {
                    Thread.onSpinWait();
                }
                flagKept.set(Thread.currentThread().isInterrupted());
                return;
            }
            flagKept.set(true);
        });
        worker.start();
        worker.interrupt();
        worker.join();
        assert flagKept.get() : "the interrupt was forgotten";
    }
}
