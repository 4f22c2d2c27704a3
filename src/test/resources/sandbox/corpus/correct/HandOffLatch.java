// expect: none
// lines:
// about: race-free: each worker writes its result, then counts down; await() returns after every countDown
import java.util.concurrent.CountDownLatch;

public class HandOffLatch {
    static int left;
    static int right;

    public static void main(String[] args) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(2);
        new Thread(() -> {
            left = 1;
            done.countDown();
        }).start();
        new Thread(() -> {
            right = 2;
            done.countDown();
        }).start();
        done.await();
        assert left + right == 3;
    }
}
