import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

class Fetcher {

    /** Fetches every URL with {@code fetch} and returns the bodies in the order of {@code urls}. */
    static List<String> fetchAll(List<String> urls, Function<String, String> fetch) throws Exception {
        List<String> bodies = new ArrayList<>();
        for (String url : urls) {
            bodies.add(fetch.apply(url));        // one after the other: each waits for the previous one
        }
        return bodies;
    }
}
