import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.ToIntFunction;

record Quote(String shop, int price) {}

class Prices {

    static CompletableFuture<List<Quote>> allQuotes(List<String> shops, ToIntFunction<String> priceOf,
                                                      Executor executor) {
        List<CompletableFuture<Quote>> asked = shops.stream()
                .map(shop -> CompletableFuture.supplyAsync(() -> new Quote(shop, priceOf.applyAsInt(shop)), executor))
                .toList();
        return CompletableFuture.allOf(asked.toArray(CompletableFuture[]::new))
                .thenApply(done -> asked.stream().map(CompletableFuture::join).toList());
    }

    static CompletableFuture<Quote> cheapest(List<String> shops, ToIntFunction<String> priceOf,
                                              Executor executor) {
        // equally cheap shops: take them in a fixed order, by name
        return allQuotes(shops, priceOf, executor).thenApply(quotes -> quotes.stream()
                .min(Comparator.comparingInt(Quote::price).thenComparing(Quote::shop))
                .orElseThrow());
    }
}
