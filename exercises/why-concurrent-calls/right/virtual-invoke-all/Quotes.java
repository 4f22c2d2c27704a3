import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
        List<Callable<String>> calls = new ArrayList<>();
        for (String symbol : symbols) {
            calls.add(() -> fetch(symbol));
        }
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<String> quotes = new ArrayList<>();
            for (Future<String> quote : executor.invokeAll(calls)) {
                quotes.add(quote.resultNow());
            }
            return quotes;
        }
    }
}
