import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.StructuredTaskScope;

class Mirrors {

    /** Asks every mirror at once; returns the first successful answer and cancels the others. */
    static String fastest(List<Callable<String>> mirrors) throws InterruptedException {
        try (var scope = StructuredTaskScope.open(StructuredTaskScope.Joiner.<String>awaitAll())) {
            List<StructuredTaskScope.Subtask<String>> tasks = new ArrayList<>();
            for (Callable<String> mirror : mirrors) {
                tasks.add(scope.fork(mirror));
            }
            scope.join();                                // waits for every mirror, the slow one too
            return tasks.stream().filter(t -> t.state() == StructuredTaskScope.Subtask.State.SUCCESS)
                    .map(StructuredTaskScope.Subtask::get).findFirst()
                    .orElseThrow(() -> new IllegalStateException("every mirror failed"));
        }
    }
}
