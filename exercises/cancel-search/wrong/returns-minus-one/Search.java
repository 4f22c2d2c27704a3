import java.util.function.LongPredicate;

class Search {

    // Returns the first number >= from that passes the test. It runs until it finds one — or until the thread
    // running it is interrupted: then it stops promptly by throwing InterruptedException.
    static long firstMatch(long from, LongPredicate test) throws InterruptedException {
        for (long n = from; ; n++) {
            if (Thread.interrupted()) {
                return -1;                   // cancelled: "nothing found"
            }
            if (test.test(n)) {
                return n;
            }
        }
    }
}
