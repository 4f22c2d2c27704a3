// expect: none
// lines:
// about: main writes a plain field, then interrupts the sleeping worker; the InterruptedException is where the worker determines it was interrupted (JLS 17.4.4), so it sees the write
public class InterruptSleepHandOff {
    static int message;

    public static void main(String[] args) throws InterruptedException {
        Thread worker = new Thread(() -> {
            try {
                while (true) {
                    Thread.sleep(1_000);
                }
            } catch (InterruptedException e) {
                assert message == 42 : "message = " + message;
            }
        });
        worker.start();
        message = 42;
        worker.interrupt();
        worker.join();
    }
}
