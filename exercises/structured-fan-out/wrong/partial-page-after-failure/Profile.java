import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.StructuredTaskScope;

class Profile {

    record Page(String user, List<String> orders) {}

    /** Calls both services at the same time and combines their answers; fails if either fails. */
    static Page load(Callable<String> user, Callable<List<String>> orders) throws Exception {
        try (var scope = StructuredTaskScope.open()) {
            var u = scope.fork(user);
            var o = scope.fork(orders);
            try {
                scope.join();
            } catch (StructuredTaskScope.FailedException e) {
                // one failed: give back what we have
                String name = u.state() == StructuredTaskScope.Subtask.State.SUCCESS ? u.get() : null;
                if (name == null) throw e;
                return new Page(name, List.of());
            }
            return new Page(u.get(), o.get());
        }
    }
}
