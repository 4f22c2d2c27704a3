// expect: none
// lines:
// about: the timed join is repeated until the worker has ended (isAlive() false orders its write before the read)
public class TimedJoinAsJoinFixed {
    static int result;

    public static void main(String[] args) throws InterruptedException {
        Thread worker = new Thread(() -> result = 42);
        worker.start();
        while (worker.isAlive()) {
            worker.join(1000);
        }
        assert result == 42 : "the worker has not finished: result = " + result;
    }
}
