// expect: assertion
// lines: 10, 11
// about: main sleeps 1000 ms and then publishes; the child sleeps 1001 ms and counts on main having published by then: a longer sleep orders nothing (main may be slow)
public class SleepOrderReliance {
    static volatile int config;

    public static void main(String[] args) throws InterruptedException {
        Thread child = new Thread(() -> {
            try {
                Thread.sleep(1001);
                assert config == 42 : "the child went first: config = " + config;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        child.start();
        Thread.sleep(1000);
        config = 42;
        child.join();
    }
}
