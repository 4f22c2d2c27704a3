// expect: none
// lines:
// about: config is set before worker.start(), and start() happens-before everything the worker does, so the exit branch is unreachable
public class SystemExitFromWorkerFixed {
    static volatile String config;

    public static void main(String[] args) throws InterruptedException {
        Thread worker = new Thread(() -> {
            String c = config;
            if (c == null) {
                System.exit(3);
            }
        });
        config = "prod";
        worker.start();
        worker.join();
    }
}
