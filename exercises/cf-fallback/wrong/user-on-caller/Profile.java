import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.IntFunction;

// A plausible wrong solution: the user is looked up right away, on the caller's thread, and each outcome turned
// into a finished future; only the avatar is asynchronous. Every case of the table is right — but page() blocks its
// caller for as long as the user lookup takes.
record Page(String user, String avatar) {}

class Profile {

    static final String DEFAULT_AVATAR = "/img/default.png";
    static final Page GUEST = new Page("guest", DEFAULT_AVATAR);

    static CompletableFuture<Page> page(int id, IntFunction<String> users, Function<String, String> avatars) {
        String name;
        try {
            name = users.apply(id);
        } catch (NoSuchElementException e) {
            return CompletableFuture.completedFuture(GUEST);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return CompletableFuture.supplyAsync(() -> avatars.apply(name))
                .exceptionally(avatarFailed -> DEFAULT_AVATAR)
                .thenApply(avatar -> new Page(name, avatar));
    }
}
