import java.util.ArrayDeque;
import java.util.Deque;

class RequestContext {

    // A stack per thread: runAs pushes, and its finally pops, so nesting and failures unwind in order.
    private static final ThreadLocal<Deque<String>> USERS = ThreadLocal.withInitial(ArrayDeque::new);

    static void runAs(String user, Runnable work) {
        Deque<String> users = USERS.get();
        users.push(user);
        try {
            work.run();
        } finally {
            users.pop();
            if (users.isEmpty()) {
                USERS.remove();
            }
        }
    }

    static String currentUser() {
        Deque<String> users = USERS.get();
        String user = users.peek();
        if (users.isEmpty()) {
            USERS.remove();                  // peeking must not leave an empty stack on a pool thread either
        }
        return user;
    }
}
