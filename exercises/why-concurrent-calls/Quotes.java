import java.util.ArrayList;
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
        List<String> quotes = new ArrayList<>();
        for (String symbol : symbols) {
            quotes.add(fetch(symbol));      // waits 100 ms, then the next one waits 100 ms, ...
        }
        return quotes;
    }
}
