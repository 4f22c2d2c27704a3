import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.ToIntFunction;

// A plausible wrong solution: all lookups at once, and allOf to wait for them — but each lookup adds its quote to a
// shared list when it completes, so the quotes come in the order the shops answered, not the order of `shops`.
record Quote(String shop, int price) {}

class Prices {

    static CompletableFuture<List<Quote>> allQuotes(List<String> shops, ToIntFunction<String> priceOf,
                                                      Executor executor) {
        List<Quote> quotes = Collections.synchronizedList(new ArrayList<>());
        List<CompletableFuture<Void>> lookups = new ArrayList<>();
        for (String shop : shops) {
            lookups.add(CompletableFuture.supplyAsync(() -> new Quote(shop, priceOf.applyAsInt(shop)), executor)
                    .thenAccept(quotes::add));
        }
        return CompletableFuture.allOf(lookups.toArray(CompletableFuture[]::new)).thenApply(done -> quotes);
    }

    static CompletableFuture<Quote> cheapest(List<String> shops, ToIntFunction<String> priceOf,
                                              Executor executor) {
        return allQuotes(shops, priceOf, executor)
                .thenApply(quotes -> quotes.stream().min(Comparator.comparingInt(Quote::price)).orElseThrow());
    }
}
