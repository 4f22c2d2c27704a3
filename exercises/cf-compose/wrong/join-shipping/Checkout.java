import java.util.concurrent.CompletableFuture;

// A plausible wrong fix: thenCompose for the price, but the shipping is still fetched with join() inside a stage.
// Whichever thread completes the price runs that stage — and is stuck there until the shipping is known.
record Order(String item, int quantity, String country) {}

// Every lookup is a remote call: each returns at once, with a future of the answer.
interface Shop {
    CompletableFuture<Order> order(int id);
    CompletableFuture<Integer> price(String item);          // unit price, in cents
    CompletableFuture<Integer> shipping(String country);    // in cents
}

class Checkout {

    static CompletableFuture<Integer> total(Shop shop, int id) {
        return shop.order(id).thenCompose(order -> shop.price(order.item())
                .thenApply(price -> price * order.quantity() + shop.shipping(order.country()).join()));
    }
}
