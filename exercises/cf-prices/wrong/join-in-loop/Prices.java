import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.ToIntFunction;

// A plausible wrong solution: supplyAsync for every shop — but each lookup is joined before the next one starts.
// The lookups run one after another, and the caller waits for all of them.
record Quote(String shop, int price) {}

class Prices {

    static CompletableFuture<List<Quote>> allQuotes(List<String> shops, ToIntFunction<String> priceOf,
                                                      Executor executor) {
        List<Quote> quotes = new ArrayList<>();
        for (String shop : shops) {
            quotes.add(CompletableFuture.supplyAsync(() -> new Quote(shop, priceOf.applyAsInt(shop)), executor).join());
        }
        return CompletableFuture.completedFuture(quotes);
    }

    static CompletableFuture<Quote> cheapest(List<String> shops, ToIntFunction<String> priceOf,
                                              Executor executor) {
        return allQuotes(shops, priceOf, executor)
                .thenApply(quotes -> quotes.stream().min(Comparator.comparingInt(Quote::price)).orElseThrow());
    }
}
