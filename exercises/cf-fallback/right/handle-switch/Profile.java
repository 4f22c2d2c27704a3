import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.IntFunction;

record Page(String user, String avatar) {}

class Profile {

    static final String DEFAULT_AVATAR = "/img/default.png";
    static final Page GUEST = new Page("guest", DEFAULT_AVATAR);

    static CompletableFuture<Page> page(int id, IntFunction<String> users, Function<String, String> avatars) {
        CompletableFuture<String> name = CompletableFuture.supplyAsync(() -> users.apply(id));
        return name
                .thenCompose(user -> CompletableFuture.supplyAsync(() -> avatars.apply(user))
                        .handle((avatar, failure) -> new Page(user, failure == null ? avatar : DEFAULT_AVATAR)))
                .handle((page, failure) -> switch (unwrap(failure)) {
                    case null -> page;
                    case NoSuchElementException unknownUser -> GUEST;
                    case RuntimeException other -> throw other;
                    case Throwable other -> throw new CompletionException(other);
                });
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException c && c.getCause() != null ? c.getCause() : failure;
    }
}
