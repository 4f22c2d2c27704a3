import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.StructuredTaskScope.Joiner;
import java.util.concurrent.StructuredTaskScope.Subtask;
import java.util.concurrent.StructuredTaskScope;

class Profile {
    record Page(String user, List<String> orders) {}

    static Page load(Callable<String> user, Callable<List<String>> orders) throws InterruptedException {
        try (var scope = StructuredTaskScope.open(Joiner.<Object>awaitAllSuccessfulOrThrow())) {
            Subtask<List<String>> ordersTask = scope.fork(orders);
            Subtask<String> userTask = scope.fork(user);
            scope.join();
            return new Page(userTask.get(), ordersTask.get());
        }
    }
}
