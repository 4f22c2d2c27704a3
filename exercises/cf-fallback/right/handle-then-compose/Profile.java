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
        return CompletableFuture.supplyAsync(() -> users.apply(id))
                .handle((name, failure) -> {
                    if (failure == null) {
                        return CompletableFuture.supplyAsync(() -> avatars.apply(name))
                                .handle((avatar, avatarFailed) ->
                                        new Page(name, avatarFailed == null ? avatar : DEFAULT_AVATAR));
                    }
                    Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
                    return cause instanceof NoSuchElementException
                            ? CompletableFuture.completedFuture(GUEST)
                            : CompletableFuture.<Page>failedFuture(cause);
                })
                .thenCompose(Function.identity());
    }
}
