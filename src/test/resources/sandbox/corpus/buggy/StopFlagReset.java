// expect: hang
// lines: 9, 15
// about: the worker sets running = true itself; if main's running = false comes first, the worker overwrites it and spins forever
public class StopFlagReset {
    static volatile boolean running;

    public static void main(String[] args) throws InterruptedException {
        Thread worker = new Thread(() -> {
            running = true;
            while (running) {
                Thread.onSpinWait();
            }
        });
        worker.start();
        running = false;
        worker.join();
    }
}
