import java.util.List;
import java.util.concurrent.Callable;

class Profile {

    record Page(String user, List<String> orders) {}

    /** Calls both services at the same time and combines their answers; fails if either fails. */
    static Page load(Callable<String> user, Callable<List<String>> orders) throws Exception {
        List<String>[] ordersResult = new List[1];
        Thread ordersThread = Thread.ofVirtual().start(() -> {
            try {
                ordersResult[0] = orders.call();
            } catch (Exception e) {
                // nobody will ever see this
            }
        });
        String u = user.call();                  // if this throws, ordersThread runs on, unobserved
        ordersThread.join();
        return new Page(u, ordersResult[0]);
    }
}
