import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.ToIntFunction;

// A plausible wrong solution: each lookup writes its quote into its own slot of an array, so the order is right —
// but allOf waits for the lookups, not for the stages that write the slots. The list can be read before a slot is
// written, and a quote is still null.
record Quote(String shop, int price) {}

class Prices {

    static CompletableFuture<List<Quote>> allQuotes(List<String> shops, ToIntFunction<String> priceOf,
                                                      Executor executor) {
        Quote[] quotes = new Quote[shops.size()];
        List<CompletableFuture<Quote>> lookups = new ArrayList<>();
        for (int i = 0; i < shops.size(); i++) {
            int slot = i;
            String shop = shops.get(i);
            CompletableFuture<Quote> lookup =
                    CompletableFuture.supplyAsync(() -> new Quote(shop, priceOf.applyAsInt(shop)), executor);
            lookup.thenAccept(q -> quotes[slot] = q);
            lookups.add(lookup);
        }
        return CompletableFuture.allOf(lookups.toArray(CompletableFuture[]::new))
                .thenApply(done -> Arrays.asList(quotes));
    }

    static CompletableFuture<Quote> cheapest(List<String> shops, ToIntFunction<String> priceOf,
                                              Executor executor) {
        return allQuotes(shops, priceOf, executor)
                .thenApply(quotes -> quotes.stream().min(Comparator.comparingInt(Quote::price)).orElseThrow());
    }
}
