import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Joiner;
import java.util.concurrent.StructuredTaskScope.Subtask;

class Profile {

    record Page(String user, List<String> orders) {}

    /** Cancels the scope on the first failure and rethrows it from join(). */
    static final class FirstFailure implements Joiner<Object, Void> {
        private volatile Throwable failure;

        @Override
        public boolean onComplete(Subtask<?> subtask) {
            if (subtask.state() == Subtask.State.FAILED) {
                synchronized (this) {
                    if (failure == null) failure = subtask.exception();
                }
                return true;
            }
            return false;
        }

        @Override
        public Void result() throws Throwable {
            if (failure != null) throw failure;
            return null;
        }
    }

    /** Calls both services at the same time and combines their answers; fails if either fails. */
    static Page load(Callable<String> user, Callable<List<String>> orders) throws Exception {
        try (var scope = StructuredTaskScope.open(new FirstFailure())) {
            Subtask<String> u = scope.fork(user);
            Subtask<List<String>> o = scope.fork(orders);
            scope.join();
            return new Page(u.get(), o.get());
        }
    }
}
