import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.StructuredTaskScope;

class Profile {

    record Page(String user, List<String> orders) {}

    /** Calls both services at the same time and combines their answers; fails if either fails. */
    static Page load(Callable<String> user, Callable<List<String>> orders) throws InterruptedException {
        String u;
        try (var scope = StructuredTaskScope.open()) {     // a scope for each call: no call outlives it
            var subtask = scope.fork(user);
            scope.join();
            u = subtask.get();
        }
        List<String> o;
        try (var scope = StructuredTaskScope.open()) {
            var subtask = scope.fork(orders);
            scope.join();
            o = subtask.get();
        }
        return new Page(u, o);
    }
}
