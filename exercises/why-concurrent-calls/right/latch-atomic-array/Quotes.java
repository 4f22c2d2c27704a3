import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReferenceArray;

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

    static List<String> fetchAll(List<String> symbols) throws InterruptedException {
        var quotes = new AtomicReferenceArray<String>(symbols.size());
        var done = new CountDownLatch(symbols.size());
        for (int i = 0; i < symbols.size(); i++) {
            int slot = i;
            Thread.startVirtualThread(() -> {
                try {
                    quotes.set(slot, fetch(symbols.get(slot)));
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        var result = new ArrayList<String>(symbols.size());
        for (int i = 0; i < quotes.length(); i++) {
            result.add(quotes.get(i));
        }
        return result;
    }
}
