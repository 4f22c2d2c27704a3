import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.IntFunction;

record Page(String user, String avatar) {}

class Profile {

    static final String DEFAULT_AVATAR = "/img/default.png";
    static final Page GUEST = new Page("guest", DEFAULT_AVATAR);

    // lookups block on remote services: one cheap virtual thread each rather than the small common pool
    private static final ExecutorService LOOKUPS = Executors.newVirtualThreadPerTaskExecutor();

    static CompletableFuture<Page> page(int id, IntFunction<String> users, Function<String, String> avatars) {
        return CompletableFuture.supplyAsync(() -> users.apply(id), LOOKUPS)
                .thenApply(name -> {
                    try {
                        return new Page(name, avatars.apply(name));
                    } catch (RuntimeException avatarFailed) {
                        return new Page(name, DEFAULT_AVATAR);
                    }
                })
                .exceptionally(failure -> {
                    Throwable cause = failure;
                    while (cause instanceof CompletionException && cause.getCause() != null) {
                        cause = cause.getCause();
                    }
                    if (cause instanceof NoSuchElementException) {
                        return GUEST;
                    }
                    throw cause instanceof RuntimeException r ? r : new CompletionException(cause);
                });
    }
}
