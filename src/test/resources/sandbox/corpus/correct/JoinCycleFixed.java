// expect: none
// lines:
// about: only one direction of waiting: first joins second, second never joins first, so no join cycle is possible
public class JoinCycleFixed {
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
            boolean seen = firstStarted;
        });
        first.start();
        second.start();
        first.join();
        second.join();
    }
}
