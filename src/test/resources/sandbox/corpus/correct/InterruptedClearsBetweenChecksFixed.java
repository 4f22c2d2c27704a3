// expect: none
// lines:
// about: the worker sets the flag again after Thread.interrupted() saw it; interrupt() synchronizes-with that sighting (JLS 17.4.4), so the plain write before it is seen
import java.util.concurrent.atomic.AtomicBoolean;

public class InterruptedClearsBetweenChecksFixed {
    static int message;

    public static void main(String[] args) throws InterruptedException {
        AtomicBoolean flagKept = new AtomicBoolean();
        Thread worker = new Thread(() -> {
            if (!Thread.currentThread().isInterrupted()) {
                while (!Thread.interrupted()) {
                    Thread.onSpinWait();
                }
                Thread.currentThread().interrupt();
            }
            assert message == 42 : "message = " + message;
            flagKept.set(Thread.currentThread().isInterrupted());
        });
        worker.start();
        message = 42;
        worker.interrupt();
        worker.join();
        assert flagKept.get() : "the interrupt was forgotten";
    }
}
