// expect: deadlock
// lines: 13, 21
// about: first always joins second; second joins first if it runs before first has set its flag; then each waits for the other to terminate
public class JoinCycle {
    static Thread first;
    static Thread second;
    static volatile boolean firstStarted;

    public static void main(String[] args) throws InterruptedException {
        first = new Thread(() -> {
            firstStarted = true;
            try {
                second.join();
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        });
        second = new Thread(() -> {
            if (!firstStarted) {
                try {
                    first.join();
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
            }
        });
        first.start();
        second.start();
        first.join();
        second.join();
    }
}
