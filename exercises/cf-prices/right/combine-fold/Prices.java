import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.ToIntFunction;

record Quote(String shop, int price) {}

class Prices {

    static CompletableFuture<List<Quote>> allQuotes(List<String> shops, ToIntFunction<String> priceOf,
                                                      Executor executor) {
        List<CompletableFuture<Quote>> lookups = new ArrayList<>();
        for (String shop : shops) {
            lookups.add(CompletableFuture.supplyAsync(() -> new Quote(shop, priceOf.applyAsInt(shop)), executor));
        }
        CompletableFuture<List<Quote>> all = CompletableFuture.completedFuture(List.of());
        for (CompletableFuture<Quote> lookup : lookups) {          // all started: now fold them, in shop order
            all = all.thenCombine(lookup, (quotes, quote) -> {
                List<Quote> more = new ArrayList<>(quotes);
                more.add(quote);
                return List.copyOf(more);
            });
        }
        return all;
    }

    static CompletableFuture<Quote> cheapest(List<String> shops, ToIntFunction<String> priceOf,
                                              Executor executor) {
        return allQuotes(shops, priceOf, executor)
                .thenApply(quotes -> quotes.stream().reduce((best, q) -> q.price() < best.price() ? q : best)
                        .orElseThrow());
    }
}
