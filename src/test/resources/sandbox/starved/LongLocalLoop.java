// expect: none
// lines:
// about: a thread computes for a while in local variables only (no scheduling point), then publishes through join
public class LongLocalLoop {
    static long result;

    public static void main(String[] args) throws InterruptedException {
        Thread t = new Thread(() -> {
            long x = 1;
            for (long i = 0; i < 400_000_000L; i++) {
                x = x * 6364136223846793005L + i;
            }
            result = x | 1;
        });
        t.start();
        t.join();
        assert result != 0 : "the join publishes the result";
    }
}
