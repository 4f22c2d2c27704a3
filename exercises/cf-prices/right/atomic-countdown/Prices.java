import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;

record Quote(String shop, int price) {}

class Prices {

    static CompletableFuture<List<Quote>> allQuotes(List<String> shops, ToIntFunction<String> priceOf,
                                                      Executor executor) {
        CompletableFuture<List<Quote>> all = new CompletableFuture<>();
        Quote[] slots = new Quote[shops.size()];
        AtomicInteger missing = new AtomicInteger(shops.size());
        if (shops.isEmpty()) {
            all.complete(List.of());
        }
        for (int i = 0; i < shops.size(); i++) {
            int slot = i;
            String shop = shops.get(i);
            CompletableFuture.supplyAsync(() -> priceOf.applyAsInt(shop), executor).whenComplete((price, failure) -> {
                if (failure != null) {
                    all.completeExceptionally(failure);
                    return;
                }
                slots[slot] = new Quote(shop, price);
                // the last one to arrive sees every slot: each write comes before its decrement
                if (missing.decrementAndGet() == 0) {
                    all.complete(Arrays.asList(slots));
                }
            });
        }
        return all;
    }

    static CompletableFuture<Quote> cheapest(List<String> shops, ToIntFunction<String> priceOf,
                                              Executor executor) {
        return allQuotes(shops, priceOf, executor).thenApply(Prices::firstCheapest);
    }

    private static Quote firstCheapest(List<Quote> quotes) {
        Quote best = null;
        for (Quote quote : quotes) {
            if (best == null || quote.price() < best.price()) {
                best = quote;
            }
        }
        return best;
    }
}
