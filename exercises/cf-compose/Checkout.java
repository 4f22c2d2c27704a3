import java.util.concurrent.CompletableFuture;

record Order(String item, int quantity, String country) {}

// Every lookup is a remote call: each returns at once, with a future of the answer.
interface Shop {
    CompletableFuture<Order> order(int id);
    CompletableFuture<Integer> price(String item);          // unit price, in cents
    CompletableFuture<Integer> shipping(String country);    // in cents
}

class Checkout {

    // A future of the total of order `id`, in cents: unit price × quantity + shipping. Returns at once, and no
    // thread ever waits for a lookup; as soon as the order is known, the price and the shipping lookups start,
    // both together.
    static CompletableFuture<Integer> total(Shop shop, int id) {
        // thenApply(order -> shop.price(order.item())) gave a CompletableFuture<CompletableFuture<Integer>>;
        // join() gets the Integer out.
        return shop.order(id).thenApply(order ->
                shop.price(order.item()).join() * order.quantity() + shop.shipping(order.country()).join());
    }
}
