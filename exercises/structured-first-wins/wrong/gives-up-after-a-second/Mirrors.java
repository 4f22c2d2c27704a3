import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Joiner;

class Mirrors {
    static String fastest(List<Callable<String>> mirrors) throws Exception {
        // never hang on mirrors that do not answer: a second is plenty for a mirror
        try (var scope = StructuredTaskScope.open(Joiner.<String>anySuccessfulResultOrThrow(),
                cf -> cf.withTimeout(Duration.ofSeconds(1)))) {
            for (Callable<String> mirror : mirrors) {
                scope.fork(mirror);
            }
            return scope.join();
        }
    }
}
