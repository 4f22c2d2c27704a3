import java.util.function.LongPredicate;

class Search {

    static long firstMatch(long from, LongPredicate test) throws InterruptedException {
        for (long n = from; ; n++) {
            // Looking at the flag every 1024 numbers is just as prompt (microseconds) and cheaper in a hot loop; the
            // first round looks too, so an interrupt from before the call wins over a match found straight away.
            if ((n == from || (n & 1023) == 0) && Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("search cancelled at " + n);
            }
            if (test.test(n)) {
                return n;
            }
        }
    }
}
