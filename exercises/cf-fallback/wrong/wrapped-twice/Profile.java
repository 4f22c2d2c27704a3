import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.IntFunction;

// A plausible wrong solution: the guest case unwraps the CompletionException, but any other failure is wrapped
// once more. get() then reports a CompletionException as the cause, with the real exception one level further down.
record Page(String user, String avatar) {}

class Profile {

    static final String DEFAULT_AVATAR = "/img/default.png";
    static final Page GUEST = new Page("guest", DEFAULT_AVATAR);

    static CompletableFuture<Page> page(int id, IntFunction<String> users, Function<String, String> avatars) {
        return CompletableFuture.supplyAsync(() -> users.apply(id))
                .thenCompose(name -> CompletableFuture.supplyAsync(() -> avatars.apply(name))
                        .exceptionally(avatarFailed -> DEFAULT_AVATAR)
                        .thenApply(avatar -> new Page(name, avatar)))
                .exceptionally(failure -> {
                    if (failure.getCause() instanceof NoSuchElementException) {
                        return GUEST;
                    }
                    throw new CompletionException(failure);
                });
    }
}
