// expect: not-modelled
// lines:
// about: correct (the worker counts to 60,000, reading a volatile limit each time, and ends), but longer than the sandbox follows one schedule; its counter never repeats a state, so it must say it could not check it, never hang
public class LongReadOnlyCount {
    static volatile int limit = 60_000;

    public static void main(String[] args) throws InterruptedException {
        long[] result = new long[1];
        Thread worker = new Thread(() -> {
            long n = 0;
            while (n < limit) {
                n++;
            }
            result[0] = n;
        });
        worker.start();
        worker.join();
        assert result[0] == 60_000;
    }
}
