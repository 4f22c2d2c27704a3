import java.lang.management.*;
import java.util.List;
import java.util.Optional;

class Stuck {

    /** The names of the threads BLOCKED trying to enter synchronized (lock), sorted; empty if none. */
    static List<String> blockedOn(Object lock) {
        throw new UnsupportedOperationException("TODO: your code");
    }

    /** The name of the thread that holds lock's monitor right now, or empty if no thread holds it. */
    static Optional<String> ownerOf(Object lock) {
        throw new UnsupportedOperationException("TODO: your code");
    }
}
