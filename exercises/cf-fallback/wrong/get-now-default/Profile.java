import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.IntFunction;

// A plausible wrong solution: no join(), so getNow(DEFAULT_AVATAR) takes the avatar "if it is there". It is there
// only if the avatar lookup happened to finish first: a slow avatar service — one that does not fail at all — gives
// the default avatar.
record Page(String user, String avatar) {}

class Profile {

    static final String DEFAULT_AVATAR = "/img/default.png";
    static final Page GUEST = new Page("guest", DEFAULT_AVATAR);

    static CompletableFuture<Page> page(int id, IntFunction<String> users, Function<String, String> avatars) {
        return CompletableFuture.supplyAsync(() -> users.apply(id))
                .thenApply(name -> {
                    CompletableFuture<String> avatar = CompletableFuture.supplyAsync(() -> avatars.apply(name))
                            .exceptionally(avatarFailed -> DEFAULT_AVATAR);
                    return new Page(name, avatar.getNow(DEFAULT_AVATAR));
                })
                .exceptionally(failure -> {
                    Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
                    if (cause instanceof NoSuchElementException) {
                        return GUEST;
                    }
                    throw failure instanceof CompletionException ce ? ce : new CompletionException(cause);
                });
    }
}
