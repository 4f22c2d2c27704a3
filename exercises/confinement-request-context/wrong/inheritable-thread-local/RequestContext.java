import java.util.*;
import java.util.concurrent.*;

class RequestContext {
    // inheritable, so that threads a request starts still know whose request it is
    private static final InheritableThreadLocal<String> USER = new InheritableThreadLocal<>();
    static void runAs(String user, Runnable work) {
        String before = USER.get();
        USER.set(user);
        try {
            work.run();
        } finally {
            USER.set(before);
        }
    }
    static String currentUser() { return USER.get(); }
}
