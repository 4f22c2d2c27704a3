import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.atomic.AtomicReference;

class Mirrors {

    /** Asks every mirror at once; returns the first successful answer and cancels the others. */
    static String fastest(List<Callable<String>> mirrors) throws InterruptedException {
        try (var scope = StructuredTaskScope.open(new FirstAnswer())) {
            mirrors.forEach(scope::fork);
            return scope.join();
        }
    }

    // A joiner of its own, one per call: the first success is set once, atomically, by whichever mirror's thread
    // gets there first, and cancels the scope; a failure is kept only to say why when nobody answered.
    private static final class FirstAnswer implements StructuredTaskScope.Joiner<String, String> {
        private final AtomicReference<String> answer = new AtomicReference<>();
        private final AtomicReference<Throwable> lastFailure = new AtomicReference<>();

        @Override
        public boolean onComplete(StructuredTaskScope.Subtask<? extends String> subtask) {
            return switch (subtask.state()) {
                case SUCCESS -> {
                    answer.compareAndSet(null, subtask.get());   // only the first success is kept
                    yield true;                                  // and the others are cancelled
                }
                case FAILED -> {
                    lastFailure.set(subtask.exception());
                    yield false;
                }
                case UNAVAILABLE -> false;
            };
        }

        @Override
        public String result() throws Throwable {
            String first = answer.get();
            if (first == null) {
                throw new IllegalStateException("every mirror failed", lastFailure.get());
            }
            return first;
        }
    }
}
