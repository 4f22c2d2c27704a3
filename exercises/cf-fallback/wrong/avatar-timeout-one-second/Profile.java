import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.IntFunction;

record Page(String user, String avatar) {}

class Profile {

    static final String DEFAULT_AVATAR = "/img/default.png";
    static final Page GUEST = new Page("guest", DEFAULT_AVATAR);

    static CompletableFuture<Page> page(int id, IntFunction<String> users, Function<String, String> avatars) {
        return CompletableFuture.supplyAsync(() -> users.apply(id))
                .thenCompose(name -> CompletableFuture.supplyAsync(() -> avatars.apply(name))
                        .completeOnTimeout(DEFAULT_AVATAR, 1, TimeUnit.SECONDS)
                        .exceptionally(failure -> DEFAULT_AVATAR)
                        .thenApply(avatar -> new Page(name, avatar)))
                .exceptionally(failure -> {
                    Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
                    if (cause instanceof NoSuchElementException) {
                        return GUEST;
                    }
                    throw new CompletionException(cause);
                });
    }
}
