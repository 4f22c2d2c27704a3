import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.ToIntFunction;

// A plausible wrong solution: allQuotes is right, but cheapest join()s it and returns a finished future: the
// caller of cheapest waits for every shop.
record Quote(String shop, int price) {}

class Prices {

    static CompletableFuture<List<Quote>> allQuotes(List<String> shops, ToIntFunction<String> priceOf,
                                                      Executor executor) {
        List<CompletableFuture<Quote>> lookups = shops.stream()
                .map(shop -> CompletableFuture.supplyAsync(() -> new Quote(shop, priceOf.applyAsInt(shop)), executor))
                .toList();
        return CompletableFuture.allOf(lookups.toArray(CompletableFuture[]::new))
                .thenApply(done -> lookups.stream().map(CompletableFuture::join).toList());
    }

    static CompletableFuture<Quote> cheapest(List<String> shops, ToIntFunction<String> priceOf,
                                              Executor executor) {
        List<Quote> quotes = allQuotes(shops, priceOf, executor).join();
        return CompletableFuture.completedFuture(
                quotes.stream().min(Comparator.comparingInt(Quote::price)).orElseThrow());
    }
}
