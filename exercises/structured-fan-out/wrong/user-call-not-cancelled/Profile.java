import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;

class Profile {

    record Page(String user, List<String> orders) {}

    /** Calls both services at the same time and combines their answers; fails if either fails. */
    static Page load(Callable<String> user, Callable<List<String>> orders) throws Exception {
        FutureTask<List<String>> ordersTask = new FutureTask<>(orders);
        Thread ordersThread = Thread.ofVirtual().start(ordersTask);
        try {
            String u = user.call();              // the user call runs here, on the caller's thread
            return new Page(u, ordersTask.get());
        } catch (Exception e) {
            ordersTask.cancel(true);             // interrupts the orders call
            ordersThread.join();
            throw e;
        }
    }
}
