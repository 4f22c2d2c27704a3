import java.util.*;
import java.util.concurrent.*;

class RequestContext {
    private static final ConcurrentHashMap<Thread, String> USERS = new ConcurrentHashMap<>();
    static void runAs(String user, Runnable work) {
        Thread me = Thread.currentThread();
        String before = USERS.put(me, user);
        try {
            work.run();
        } finally {
            if (before == null) USERS.remove(me); else USERS.put(me, before);
        }
    }
    static String currentUser() { return USERS.get(Thread.currentThread()); }
}
