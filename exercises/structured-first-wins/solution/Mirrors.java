import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.StructuredTaskScope;

class Mirrors {

    /** Asks every mirror at once; returns the first successful answer and cancels the others. */
    static String fastest(List<Callable<String>> mirrors) throws InterruptedException {
        try (var scope = StructuredTaskScope.open(StructuredTaskScope.Joiner.<String>anySuccessfulResultOrThrow())) {
            for (Callable<String> mirror : mirrors) {
                scope.fork(mirror);
            }
            return scope.join();                         // the first success; the others are cancelled
        }
    }
}
