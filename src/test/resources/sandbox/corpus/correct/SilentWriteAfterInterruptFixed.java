// expect: none
// lines:
// about: main writes the message before interrupt(); the worker polls Thread.interrupted(), and seeing it true synchronizes-with the interrupt (JLS 17.4.4), so it sees the write
public class SilentWriteAfterInterruptFixed {
    static int message;

    public static void main(String[] args) throws InterruptedException {
        Thread worker = new Thread(() -> {
            while (!Thread.interrupted()) {
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
