import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Joiner;

class Mirrors {
    static String fastest(List<Callable<String>> mirrors) throws Exception {
        try (var scope = StructuredTaskScope.open(Joiner.<String>anySuccessfulResultOrThrow())) {
            for (Callable<String> mirror : mirrors) {
                scope.fork(() -> {
                    try {
                        return mirror.call();
                    } catch (Exception e) {
                        return null; // a broken mirror just has no answer
                    }
                });
            }
            return scope.join();
        }
    }
}
