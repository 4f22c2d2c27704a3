// expect: data-race
// lines: 8, 12
// about: a plain field replaced by one thread and read by another: the reader may keep using the stale value for ever (strings are immutable, the field is not)
public class SilentConfigSwap {
    static String mode = "slow";

    public static void main(String[] args) throws InterruptedException {
        Thread admin = new Thread(() -> mode = "fast");
        Thread reader = new Thread(() -> {
            String seen = mode;
        });
        admin.start();
        reader.start();
        admin.join();
        reader.join();
    }
}
