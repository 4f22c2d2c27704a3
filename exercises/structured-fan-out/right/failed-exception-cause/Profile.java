import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.StructuredTaskScope;

class Profile {
    record Page(String user, List<String> orders) {}

    static Page load(Callable<String> user, Callable<List<String>> orders) throws InterruptedException {
        try (var scope = StructuredTaskScope.open()) {
            var userName = scope.fork(() -> user.call());
            var orderList = scope.fork(() -> orders.call());
            try {
                scope.join();
            } catch (StructuredTaskScope.FailedException e) {
                // the service's own exception says more than the scope's wrapper
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw new IllegalStateException("a service failed", e.getCause());
            }
            return new Page(userName.get(), orderList.get());
        }
    }
}
