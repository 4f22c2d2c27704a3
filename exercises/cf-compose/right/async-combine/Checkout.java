import java.util.concurrent.*;

record Order(String item, int quantity, String country) {}

interface Shop {
    CompletableFuture<Order> order(int id);
    CompletableFuture<Integer> price(String item);
    CompletableFuture<Integer> shipping(String country);
}

class Checkout {

    private record Priced(int unitPrice, int shipping) {
        int total(Order order) {
            return unitPrice * order.quantity() + shipping;
        }
    }

    static CompletableFuture<Integer> total(Shop shop, int id) {
        return shop.order(id).thenComposeAsync(order -> {
            System.out.println("[checkout] order " + id + " known: " + order);
            return shop.price(order.item())
                    .thenCombineAsync(shop.shipping(order.country()), Priced::new)
                    .thenApply(priced -> priced.total(order));
        });
    }
}
