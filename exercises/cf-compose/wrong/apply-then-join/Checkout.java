import java.util.concurrent.CompletableFuture;

// A plausible wrong solution: thenApply gives a future of a future, and a second thenApply flattens it with join().
// That stage runs on the thread that completed the order, which now waits there for the price and the shipping.
record Order(String item, int quantity, String country) {}

// Every lookup is a remote call: each returns at once, with a future of the answer.
interface Shop {
    CompletableFuture<Order> order(int id);
    CompletableFuture<Integer> price(String item);          // unit price, in cents
    CompletableFuture<Integer> shipping(String country);    // in cents
}

class Checkout {

    static CompletableFuture<Integer> total(Shop shop, int id) {
        return shop.order(id)
                .thenApply(order -> shop.price(order.item()).thenCombine(shop.shipping(order.country()),
                        (price, shipping) -> price * order.quantity() + shipping))
                .thenApply(CompletableFuture::join);
    }
}
