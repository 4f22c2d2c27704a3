// expect: none
// lines:
// about: a thread started by the static initializer publishes its result through a latch; it is a thread like any other, so main's await() is released by its countDown()
import java.util.concurrent.CountDownLatch;

public class StaticInitializerStartsWorker {
    static final CountDownLatch ready = new CountDownLatch(1);
    static int answer;

    static {
        new Thread(() -> {
            answer = 42;
            ready.countDown();
        }).start();
    }

    public static void main(String[] args) throws InterruptedException {
        ready.await();
        assert answer == 42 : "answer = " + answer;
    }
}
