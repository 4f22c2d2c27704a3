import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Joiner;
import java.util.concurrent.StructuredTaskScope.Subtask;

class Profile {

    record Page(String user, List<String> orders) {}

    /** Calls both services at the same time and combines their answers; fails if either fails. */
    @SuppressWarnings("unchecked")
    static Page load(Callable<String> user, Callable<List<String>> orders) throws Exception {
        try (var scope = StructuredTaskScope.open(Joiner.<Object>allSuccessfulOrThrow())) {
            scope.fork(user::call);
            scope.fork(orders::call);
            List<Object> results = scope.join().map(Subtask::get).toList();   // fork order
            return new Page((String) results.get(0), (List<String>) results.get(1));
        }
    }
}
