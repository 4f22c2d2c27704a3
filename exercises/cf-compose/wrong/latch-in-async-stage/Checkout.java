import java.util.concurrent.*;

record Order(String item, int quantity, String country) {}

interface Shop {
    CompletableFuture<Order> order(int id);
    CompletableFuture<Integer> price(String item);
    CompletableFuture<Integer> shipping(String country);
}

class Checkout {

    static CompletableFuture<Integer> total(Shop shop, int id) {
        return shop.order(id).thenApplyAsync(order -> {
            CountDownLatch both = new CountDownLatch(2);
            CompletableFuture<Integer> price = shop.price(order.item());
            CompletableFuture<Integer> shipping = shop.shipping(order.country());
            price.whenComplete((p, e) -> both.countDown());
            shipping.whenComplete((s, e) -> both.countDown());
            try {
                both.await();   // WRONG: a pool thread sits here until both answers arrive
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CompletionException(e);
            }
            return price.resultNow() * order.quantity() + shipping.resultNow();
        });
    }
}
