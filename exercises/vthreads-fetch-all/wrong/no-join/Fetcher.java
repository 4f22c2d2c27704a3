import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

class Fetcher {

    /** Fetches every URL with {@code fetch} and returns the bodies in the order of {@code urls}. */
    static List<String> fetchAll(List<String> urls, Function<String, String> fetch) throws Exception {
        String[] bodies = new String[urls.size()];
        for (int i = 0; i < urls.size(); i++) {
            int slot = i;
            Thread.ofVirtual().start(() -> bodies[slot] = fetch.apply(urls.get(slot)));
        }
        return Arrays.asList(bodies);             // nobody waits for the threads
    }
}
