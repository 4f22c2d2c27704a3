import java.util.function.LongPredicate;

class Search {
    static long firstMatch(long from, LongPredicate test) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        // Shortcut: the searches are for multiples of 7, so try the next one straight away.
        long guess = from + (7 - from % 7) % 7;
        if (test.test(guess)) {
            return guess;
        }
        for (long n = from; ; n++) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            if (test.test(n)) {
                return n;
            }
        }
    }
}
