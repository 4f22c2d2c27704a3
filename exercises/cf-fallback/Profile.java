import java.util.concurrent.CompletableFuture;
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
                .thenApply(name -> new Page(name, avatars.apply(name)))
                .whenComplete((page, e) -> {
                    if (e != null) {
                        System.err.println("page " + id + " failed, showing a default: " + e);
                    }
                });
    }
}
