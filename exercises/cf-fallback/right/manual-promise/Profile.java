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
        CompletableFuture<Page> result = new CompletableFuture<>();
        CompletableFuture.supplyAsync(() -> users.apply(id)).whenComplete((name, failure) -> {
            if (failure == null) {
                result.complete(new Page(name, avatarOrDefault(name, avatars)));
                return;
            }
            Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
            if (cause instanceof NoSuchElementException) {
                result.complete(GUEST);
            } else {
                result.completeExceptionally(cause);
            }
        });
        return result;
    }

    private static String avatarOrDefault(String name, Function<String, String> avatars) {
        try {
            return avatars.apply(name);
        } catch (RuntimeException e) {
            System.err.println("avatar of " + name + " failed: " + e);
            return DEFAULT_AVATAR;
        }
    }
}
