import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.IntFunction;

record Page(String user, String avatar) {}

class Profile {

    static final String DEFAULT_AVATAR = "/img/default.png";
    static final Page GUEST = new Page("guest", DEFAULT_AVATAR);

    // Builds the page of user `id`: the name from users.apply(id), looked up asynchronously, then the avatar
    // from avatars.apply(name).
    // - if the avatar lookup fails: the user's page with DEFAULT_AVATAR;
    // - if the user lookup fails with NoSuchElementException (there is no such user): GUEST;
    // - if the user lookup fails with any other exception: the returned future fails with that exception.
    static CompletableFuture<Page> page(int id, IntFunction<String> users, Function<String, String> avatars) {
        return CompletableFuture.supplyAsync(() -> users.apply(id))
                .thenCompose(name -> CompletableFuture.supplyAsync(() -> avatars.apply(name))
                        .exceptionally(avatarFailed -> DEFAULT_AVATAR)   // recovers the avatar stage only
                        .thenApply(avatar -> new Page(name, avatar)))
                .exceptionally(failure -> {
                    // a failure from an earlier stage arrives wrapped in a CompletionException
                    Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
                    if (cause instanceof NoSuchElementException) {
                        return GUEST;
                    }
                    throw failure instanceof CompletionException ce ? ce : new CompletionException(cause);
                });
    }
}
