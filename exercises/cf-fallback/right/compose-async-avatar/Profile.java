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
                .thenCompose(name -> avatarOf(name, avatars).thenApply(avatar -> new Page(name, avatar)))
                .exceptionallyCompose(Profile::guestIfUnknown);
    }

    private static CompletableFuture<String> avatarOf(String name, Function<String, String> avatars) {
        return CompletableFuture.supplyAsync(() -> avatars.apply(name))
                .exceptionally(failure -> {
                    System.err.println("no avatar for " + name + ": " + failure);
                    return DEFAULT_AVATAR;
                });
    }

    private static CompletableFuture<Page> guestIfUnknown(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof NoSuchElementException) {
            return CompletableFuture.completedFuture(GUEST);
        }
        return CompletableFuture.failedFuture(cause);
    }
}
