import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

record Order(String item, int quantity, String country) {}

// Every lookup is a remote call: each returns at once, with a future of the answer.
interface Shop {
    CompletableFuture<Order> order(int id);
    CompletableFuture<Integer> price(String item);          // unit price, in cents
    CompletableFuture<Integer> shipping(String country);    // in cents
}

class Checkout {

    static CompletableFuture<Integer> total(Shop shop, int id) {
        CompletableFuture<Integer> total = new CompletableFuture<>();
        shop.order(id).whenComplete((order, failure) -> {
            if (failure != null) {
                total.completeExceptionally(failure);
                return;
            }
            AtomicInteger sum = new AtomicInteger();
            AtomicInteger missing = new AtomicInteger(2);
            Runnable oneArrived = () -> {
                if (missing.decrementAndGet() == 0) {
                    total.complete(sum.get());
                }
            };
            shop.price(order.item()).whenComplete((unit, e) -> {
                if (e != null) {
                    total.completeExceptionally(e);
                    return;
                }
                sum.addAndGet(unit * order.quantity());
                oneArrived.run();
            });
            shop.shipping(order.country()).whenComplete((cost, e) -> {
                if (e != null) {
                    total.completeExceptionally(e);
                    return;
                }
                sum.addAndGet(cost);
                oneArrived.run();
            });
        });
        return total;
    }
}
