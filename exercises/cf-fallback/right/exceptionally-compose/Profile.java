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
        // The user's failure is answered by a future: a guest page, or the same failure passed on unwrapped.
        CompletableFuture<Page> userKnown = name
                .thenCompose(n -> avatarOf(n, avatars).thenApply(avatar -> new Page(n, avatar)));
        return userKnown.exceptionallyCompose(failure -> {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            return cause instanceof NoSuchElementException
                    ? CompletableFuture.completedFuture(GUEST)
                    : CompletableFuture.failedFuture(cause);
        });
    }

    // Every avatar failure becomes the default avatar; a slow answer is simply waited for, by the pipeline.
    private static CompletableFuture<String> avatarOf(String name, Function<String, String> avatars) {
        return CompletableFuture.supplyAsync(() -> avatars.apply(name))
                .handle((avatar, failure) -> failure == null ? avatar : DEFAULT_AVATAR);
    }
}
