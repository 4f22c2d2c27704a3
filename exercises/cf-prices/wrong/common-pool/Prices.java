import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.ToIntFunction;

// A plausible wrong solution: one supplyAsync per shop, all started before any is waited for — but without the
// executor argument. The lookups run on the common pool, not on the executor the caller passed in for its I/O.
record Quote(String shop, int price) {}

class Prices {

    static CompletableFuture<List<Quote>> allQuotes(List<String> shops, ToIntFunction<String> priceOf,
                                                      Executor executor) {
        List<CompletableFuture<Quote>> lookups = shops.stream()
                .map(shop -> CompletableFuture.supplyAsync(() -> new Quote(shop, priceOf.applyAsInt(shop))))
                .toList();
        return CompletableFuture.allOf(lookups.toArray(CompletableFuture[]::new))
                .thenApply(done -> lookups.stream().map(CompletableFuture::join).toList());
    }

    static CompletableFuture<Quote> cheapest(List<String> shops, ToIntFunction<String> priceOf,
                                              Executor executor) {
        return allQuotes(shops, priceOf, executor)
                .thenApply(quotes -> quotes.stream().min(Comparator.comparingInt(Quote::price)).orElseThrow());
    }
}
