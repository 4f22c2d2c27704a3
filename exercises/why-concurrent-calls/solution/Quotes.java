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
        String[] quotes = new String[symbols.size()];       // one slot per call: no two threads share a slot
        List<Thread> callers = new ArrayList<>();
        for (int i = 0; i < symbols.size(); i++) {
            int slot = i;
            callers.add(Thread.ofPlatform().start(() -> quotes[slot] = fetch(symbols.get(slot))));
        }
        for (Thread caller : callers) {                      // start them all first, then wait for them all
            caller.join();
        }
        return List.of(quotes);
    }
}
