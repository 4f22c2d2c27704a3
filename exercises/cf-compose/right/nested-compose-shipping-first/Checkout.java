import java.util.concurrent.CompletableFuture;

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
            // both asked for before either answer is used
            CompletableFuture<Integer> shipping = shop.shipping(order.country());
            CompletableFuture<Integer> price = shop.price(order.item());
            return price.thenCompose(unit -> shipping.thenApply(cost -> unit * order.quantity() + cost));
        });
    }
}
