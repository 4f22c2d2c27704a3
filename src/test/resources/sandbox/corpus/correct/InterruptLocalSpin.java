// expect: none
// lines:
// about: the worker counts in a local until it is interrupted: isInterrupted() is its only scheduling point, and main's interrupt() always comes
public class InterruptLocalSpin {
    static int rounds;

    public static void main(String[] args) throws InterruptedException {
        Thread worker = new Thread(() -> {
            int n = 0;
            while (!Thread.currentThread().isInterrupted()) {
                n++;
            }
            rounds = n;
        });
        worker.start();
        worker.interrupt();
        worker.join();
        assert rounds >= 0 : "rounds = " + rounds;
    }
}
