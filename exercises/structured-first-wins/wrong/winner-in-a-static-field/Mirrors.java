import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.StructuredTaskScope;

class Mirrors {

    private static String winner;        // the first answer
    private static int failures;         // how many mirrors failed

    /** Asks every mirror at once; returns the first successful answer and cancels the others. */
    static String fastest(List<Callable<String>> mirrors) throws InterruptedException {
        winner = null;
        failures = 0;
        try (var scope = StructuredTaskScope.open(new StructuredTaskScope.Joiner<String, String>() {
            @Override
            public boolean onComplete(StructuredTaskScope.Subtask<? extends String> subtask) {
                if (subtask.state() == StructuredTaskScope.Subtask.State.SUCCESS) {
                    if (winner == null) {
                        winner = subtask.get();
                    }
                    return true;             // we have a winner: cancel the others
                }
                failures++;
                return false;
            }

            @Override
            public String result() {
                if (winner == null) {
                    throw new IllegalStateException("all " + failures + " mirrors failed");
                }
                return winner;
            }
        })) {
            for (Callable<String> mirror : mirrors) {
                scope.fork(mirror);
            }
            return scope.join();
        }
    }
}
