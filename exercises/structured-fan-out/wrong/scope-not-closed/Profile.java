import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.StructuredTaskScope;

class Profile {

    record Page(String user, List<String> orders) {}

    /** Calls both services at the same time and combines their answers; fails if either fails. */
    static Page load(Callable<String> user, Callable<List<String>> orders) throws InterruptedException {
        var scope = StructuredTaskScope.open();
        var u = scope.fork(user);
        var o = scope.fork(orders);
        scope.join();                            // throws on a failure, and the scope is never closed
        Page page = new Page(u.get(), o.get());
        scope.close();
        return page;
    }
}
