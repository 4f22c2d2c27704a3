import java.util.concurrent.CompletableFuture;

// A plausible wrong solution: thenCombine for price and shipping — but the order is fetched with join() first, so
// total() itself waits for the order lookup before it returns.
record Order(String item, int quantity, String country) {}

// Every lookup is a remote call: each returns at once, with a future of the answer.
interface Shop {
    CompletableFuture<Order> order(int id);
    CompletableFuture<Integer> price(String item);          // unit price, in cents
    CompletableFuture<Integer> shipping(String country);    // in cents
}

class Checkout {

    static CompletableFuture<Integer> total(Shop shop, int id) {
        Order order = shop.order(id).join();
        return shop.price(order.item()).thenCombine(shop.shipping(order.country()),
                (price, shipping) -> price * order.quantity() + shipping);
    }
}
