// expect: none
// lines:
// about: join() orders everything the worker did before the read
public class SilentSleepInsteadOfJoinFixed {
    static int result;

    public static void main(String[] args) throws InterruptedException {
        Thread worker = new Thread(() -> {
            result = 6 * 7;
        });
        worker.start();
        worker.join();
        assert result == 42;
    }
}
