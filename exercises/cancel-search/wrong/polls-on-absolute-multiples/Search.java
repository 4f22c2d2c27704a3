import java.util.function.LongPredicate;

class Search {
    static long firstMatch(long from, LongPredicate test) throws InterruptedException {
        for (long n = from; ; n++) {
            if (n % 4096 == 0 && Thread.interrupted()) {
                throw new InterruptedException();
            }
            if (test.test(n)) {
                return n;
            }
        }
    }
}
