import java.util.function.LongPredicate;

class Search {
    static long firstMatch(long from, LongPredicate test) throws InterruptedException {
        for (long n = from; ; n++) {
            if (test.test(n)) {
                return n;
            }
            if (Thread.interrupted()) {
                throw new InterruptedException("search cancelled at " + n);
            }
        }
    }
}
