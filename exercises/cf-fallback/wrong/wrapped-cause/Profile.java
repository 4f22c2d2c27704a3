import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.IntFunction;

// A plausible wrong solution: the avatar falls back correctly, and exceptionally() looks for the
// NoSuchElementException — but in exceptionally() after another stage, the failure arrives wrapped in a
// CompletionException, so the instanceof test never matches and an unknown user fails instead of getting GUEST.
record Page(String user, String avatar) {}

class Profile {

    static final String DEFAULT_AVATAR = "/img/default.png";
    static final Page GUEST = new Page("guest", DEFAULT_AVATAR);

    static CompletableFuture<Page> page(int id, IntFunction<String> users, Function<String, String> avatars) {
        return CompletableFuture.supplyAsync(() -> users.apply(id))
                .thenApply(name -> {
                    String avatar;
                    try {
                        avatar = avatars.apply(name);
                    } catch (RuntimeException e) {
                        avatar = DEFAULT_AVATAR;
                    }
                    return new Page(name, avatar);
                })
                .exceptionally(failure -> {
                    if (failure instanceof NoSuchElementException) {
                        return GUEST;
                    }
                    throw new CompletionException(failure);
                });
    }
}
