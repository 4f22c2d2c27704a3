// expect: assertion
// lines: 12, 13
// about: SleepOrderReliance with TimeUnit's sleep and Thread.sleep(ms, ns): main sleeps 1000 ms and then publishes; the child sleeps 1001 ms and counts on main having published by then: a longer sleep orders nothing, however it is spelled
import java.util.concurrent.TimeUnit;

public class TimeUnitSleepOrderReliance {
    static volatile int config;

    public static void main(String[] args) throws InterruptedException {
        Thread child = new Thread(() -> {
            try {
                TimeUnit.MILLISECONDS.sleep(1001);
                assert config == 42 : "the child went first: config = " + config;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        child.start();
        Thread.sleep(999, 500_000);
        config = 42;
        child.join();
    }
}
