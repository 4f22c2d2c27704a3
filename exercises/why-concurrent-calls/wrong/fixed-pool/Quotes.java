import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

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
        String[] quotes = new String[symbols.size()];       // one slot per call: no two threads share a slot
        ExecutorService pool = Executors.newFixedThreadPool(4);   // WRONG: four calls at a time, the rest queue up
        for (int i = 0; i < symbols.size(); i++) {
            int slot = i;
            pool.execute(() -> quotes[slot] = fetch(symbols.get(slot)));
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        return List.of(quotes);
    }
}
