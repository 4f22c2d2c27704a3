// expect: exit
// lines: 9, 11
// about: the worker treats a not-yet-set config as fatal and calls System.exit; main sets config only after start()
public class SystemExitFromWorker {
    static volatile String config;

    public static void main(String[] args) throws InterruptedException {
        Thread worker = new Thread(() -> {
            String c = config;
            if (c == null) {
                System.exit(3);
            }
        });
        worker.start();
        config = "prod";
        worker.join();
    }
}
