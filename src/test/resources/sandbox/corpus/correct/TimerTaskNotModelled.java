// expect: not-modelled
// lines: 11
// about: a correct hand-off from a java.util.Timer's task through a latch; the Timer's thread is the JDK's, which the sandbox cannot schedule: it must say it could not check this, never blame the program with a lost wake-up
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.CountDownLatch;

public class TimerTaskNotModelled {
    public static void main(String[] args) throws InterruptedException {
        int[] value = new int[1];
        Timer timer = new Timer(true);
        CountDownLatch fired = new CountDownLatch(1);
        timer.schedule(new TimerTask() {
            @Override
            public void run() {
                value[0] = 5;
                fired.countDown();
            }
        }, 5);
        fired.await();
        timer.cancel();
        assert value[0] == 5 : value[0];
    }
}
