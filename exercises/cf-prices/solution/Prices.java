import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.ToIntFunction;

record Quote(String shop, int price) {}

class Prices {

    // Asks every shop for its price at the same time — one CompletableFuture.supplyAsync per shop, on `executor`
    // — and returns at once a future of all the quotes, in the order of `shops`.
    static CompletableFuture<List<Quote>> allQuotes(List<String> shops, ToIntFunction<String> priceOf,
                                                      Executor executor) {
        List<CompletableFuture<Quote>> lookups = shops.stream()
                .map(shop -> CompletableFuture.supplyAsync(
                        () -> new Quote(shop, priceOf.applyAsInt(shop)), executor))
                .toList();                                  // all lookups started, none waited for
        return CompletableFuture.allOf(lookups.toArray(CompletableFuture[]::new))
                .thenApply(done -> lookups.stream()         // runs once every lookup is complete ...
                        .map(CompletableFuture::join)       // ... so join() returns at once
                        .toList());                         // in the order of the lookups: the shops' order
    }

    // A future of the cheapest quote (the first one, if several are equally cheap), built on allQuotes.
    static CompletableFuture<Quote> cheapest(List<String> shops, ToIntFunction<String> priceOf,
                                              Executor executor) {
        return allQuotes(shops, priceOf, executor)
                .thenApply(quotes -> quotes.stream().min(Comparator.comparingInt(Quote::price)).orElseThrow());
    }
}
