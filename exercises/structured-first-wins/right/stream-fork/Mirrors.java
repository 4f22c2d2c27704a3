import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.StructuredTaskScope.Joiner;
import java.util.concurrent.StructuredTaskScope;

class Mirrors {
    static String fastest(List<Callable<String>> mirrors) throws InterruptedException {
        try (var scope = StructuredTaskScope.open(Joiner.<String>anySuccessfulResultOrThrow())) {
            mirrors.forEach(scope::fork);
            try {
                return scope.join();
            } catch (StructuredTaskScope.FailedException e) {
                throw new IllegalStateException("no mirror answered", e.getCause());
            }
        }
    }
}
