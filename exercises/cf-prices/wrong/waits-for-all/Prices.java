import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.ToIntFunction;

// A plausible wrong solution: every lookup starts at once, on the executor — and then allQuotes waits for all of
// them with allOf(...).join() before it returns a finished future. The caller is blocked until the slowest shop.
record Quote(String shop, int price) {}

class Prices {

    static CompletableFuture<List<Quote>> allQuotes(List<String> shops, ToIntFunction<String> priceOf,
                                                      Executor executor) {
        List<CompletableFuture<Quote>> lookups = shops.stream()
                .map(shop -> CompletableFuture.supplyAsync(() -> new Quote(shop, priceOf.applyAsInt(shop)), executor))
                .toList();
        CompletableFuture.allOf(lookups.toArray(CompletableFuture[]::new)).join();
        return CompletableFuture.completedFuture(lookups.stream().map(CompletableFuture::join).toList());
    }

    static CompletableFuture<Quote> cheapest(List<String> shops, ToIntFunction<String> priceOf,
                                              Executor executor) {
        return allQuotes(shops, priceOf, executor)
                .thenApply(quotes -> quotes.stream().min(Comparator.comparingInt(Quote::price)).orElseThrow());
    }
}
