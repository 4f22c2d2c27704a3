import java.util.concurrent.CompletableFuture;

// A plausible wrong fix: nothing blocks, but the shipping lookup only starts once the price is known — two remote
// calls one after the other, where they could run at the same time.
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
                .thenCompose(price -> shop.shipping(order.country())
                        .thenApply(shipping -> price * order.quantity() + shipping)));
    }
}
