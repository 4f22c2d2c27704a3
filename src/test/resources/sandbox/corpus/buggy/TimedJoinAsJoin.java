// expect: assertion
// lines: 10, 11
// about: join(1000) returns when the time is up whether or not the worker has ended; nothing promises a worker runs within a second, so the result may not be there yet
public class TimedJoinAsJoin {
    static volatile int result;

    public static void main(String[] args) throws InterruptedException {
        Thread worker = new Thread(() -> result = 42);
        worker.start();
        worker.join(1000);
        assert result == 42 : "the worker has not finished: result = " + result;
    }
}
