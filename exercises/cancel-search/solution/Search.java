import java.util.function.LongPredicate;

class Search {

    // Returns the first number >= from that passes the test. It runs until it finds one — or until the thread
    // running it is interrupted: then it stops promptly by throwing InterruptedException.
    static long firstMatch(long from, LongPredicate test) throws InterruptedException {
        for (long n = from; ; n++) {
            // Nothing in this loop blocks, so nothing would ever throw InterruptedException for it: look at the
            // flag on every round. Thread.interrupted() clears it, as the JDK's blocking methods do when they throw.
            if (Thread.interrupted()) {
                throw new InterruptedException("search cancelled at " + n);
            }
            if (test.test(n)) {
                return n;
            }
        }
    }
}
