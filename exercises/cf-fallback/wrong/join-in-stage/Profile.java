import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.IntFunction;

// A plausible wrong solution: every case of the table gives the right page — but the avatar is fetched with
// join() inside a stage: the pool thread that looked up the user sits there, blocked, until the avatar arrives.
record Page(String user, String avatar) {}

class Profile {

    static final String DEFAULT_AVATAR = "/img/default.png";
    static final Page GUEST = new Page("guest", DEFAULT_AVATAR);

    static CompletableFuture<Page> page(int id, IntFunction<String> users, Function<String, String> avatars) {
        return CompletableFuture.supplyAsync(() -> users.apply(id))
                .thenApply(name -> {
                    String avatar;
                    try {
                        avatar = CompletableFuture.supplyAsync(() -> avatars.apply(name)).join();
                    } catch (CompletionException e) {
                        avatar = DEFAULT_AVATAR;
                    }
                    return new Page(name, avatar);
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
