import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.ToIntFunction;

// A plausible wrong solution: every lookup at once, on the executor, in shop order — but the cheapest is found with
// `<=`, so of two equally cheap shops the *last* one wins, not the first.
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
        return allQuotes(shops, priceOf, executor).thenApply(quotes -> {
            Quote best = quotes.get(0);
            for (Quote q : quotes) {
                if (q.price() <= best.price()) {
                    best = q;
                }
            }
            return best;
        });
    }
}
