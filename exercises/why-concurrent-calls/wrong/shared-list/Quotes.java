import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

class Quotes {

    /** A slow remote call: about 100 ms of waiting, then the quote. Do not change it. */
    static String fetch(String symbol) {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching " + symbol, e);
        }
        return symbol + "=" + symbol.chars().sum();
    }

    /** The quotes of all symbols, in the order of the symbols. */
    static List<String> fetchAll(List<String> symbols) throws InterruptedException {
        List<String> quotes = Collections.synchronizedList(new ArrayList<>());
        List<Thread> callers = new ArrayList<>();
        for (String symbol : symbols) {
            // WRONG: safe to add from many threads, but the quotes arrive in the order the calls finish
            callers.add(Thread.ofPlatform().start(() -> quotes.add(fetch(symbol))));
        }
        for (Thread caller : callers) {
            caller.join();
        }
        return quotes;
    }
}
