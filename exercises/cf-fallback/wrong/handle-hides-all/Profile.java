import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.IntFunction;

// A plausible wrong solution: the avatar falls back on its own stage, and handle() at the end turns any remaining
// failure into the guest page — a database outage too, which is then hidden behind a guest page.
record Page(String user, String avatar) {}

class Profile {

    static final String DEFAULT_AVATAR = "/img/default.png";
    static final Page GUEST = new Page("guest", DEFAULT_AVATAR);

    static CompletableFuture<Page> page(int id, IntFunction<String> users, Function<String, String> avatars) {
        return CompletableFuture.supplyAsync(() -> users.apply(id))
                .thenCompose(name -> CompletableFuture.supplyAsync(() -> avatars.apply(name))
                        .exceptionally(avatarFailed -> DEFAULT_AVATAR)
                        .thenApply(avatar -> new Page(name, avatar)))
                .handle((page, failure) -> failure == null ? page : GUEST);
    }
}
