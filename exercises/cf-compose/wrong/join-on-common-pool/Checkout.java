import java.util.concurrent.CompletableFuture;

// A plausible wrong solution: both lookups start as soon as the order is known, and no thread that completes an
// answer is held up — but the sum is computed in a supplyAsync task that join()s both lookups: a common-pool
// thread sits waiting until the price and the shipping arrive.
record Order(String item, int quantity, String country) {}

// Every lookup is a remote call: each returns at once, with a future of the answer.
interface Shop {
    CompletableFuture<Order> order(int id);
    CompletableFuture<Integer> price(String item);          // unit price, in cents
    CompletableFuture<Integer> shipping(String country);    // in cents
}

class Checkout {

    static CompletableFuture<Integer> total(Shop shop, int id) {
        return shop.order(id).thenCompose(order -> {
            CompletableFuture<Integer> price = shop.price(order.item());
            CompletableFuture<Integer> shipping = shop.shipping(order.country());
            return CompletableFuture.supplyAsync(() -> price.join() * order.quantity() + shipping.join());
        });
    }
}
