import java.util.concurrent.CompletableFuture;

// A plausible wrong solution: thenApplyAsync moves the stage off the thread that completes the order, so that
// thread returns at once — but the stage itself join()s the two lookups, and a common-pool thread waits there.
record Order(String item, int quantity, String country) {}

// Every lookup is a remote call: each returns at once, with a future of the answer.
interface Shop {
    CompletableFuture<Order> order(int id);
    CompletableFuture<Integer> price(String item);          // unit price, in cents
    CompletableFuture<Integer> shipping(String country);    // in cents
}

class Checkout {

    static CompletableFuture<Integer> total(Shop shop, int id) {
        return shop.order(id).thenApplyAsync(order -> {
            CompletableFuture<Integer> price = shop.price(order.item());
            CompletableFuture<Integer> shipping = shop.shipping(order.country());
            return price.join() * order.quantity() + shipping.join();
        });
    }
}
