import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.IntFunction;

// A plausible wrong solution: one exceptionally() at the end of the pipeline, falling back to GUEST for any
// failure. A missing avatar now turns a known user into a guest, and a database outage is hidden behind a guest
// page instead of being reported.
record Page(String user, String avatar) {}

class Profile {

    static final String DEFAULT_AVATAR = "/img/default.png";
    static final Page GUEST = new Page("guest", DEFAULT_AVATAR);

    static CompletableFuture<Page> page(int id, IntFunction<String> users, Function<String, String> avatars) {
        return CompletableFuture.supplyAsync(() -> users.apply(id))
                .thenApply(name -> new Page(name, avatars.apply(name)))
                .exceptionally(failure -> GUEST);
    }
}
