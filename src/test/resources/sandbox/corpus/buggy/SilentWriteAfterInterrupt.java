// expect: data-race
// lines: 12, 16
// about: main writes the message after interrupt(): the worker's Thread.interrupted() sees the interrupt, which orders only what main did before it
public class SilentWriteAfterInterrupt {
    static int message;

    public static void main(String[] args) throws InterruptedException {
        Thread worker = new Thread(() -> {
            while (!Thread.interrupted()) {
                Thread.onSpinWait();
            }
            int seen = message;
            assert seen == 0 || seen == 42 : "message = " + seen;
        });
        worker.start();
        worker.interrupt();
        message = 42;
        worker.join();
    }
}
