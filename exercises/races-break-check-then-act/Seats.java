import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Seat bookings: the map is a ConcurrentHashMap, so every call on it is thread-safe. */
class Seats {
    private final Map<String, String> taken = new ConcurrentHashMap<>();

    /** Books the seat for {@code who} if nobody has it yet; says whether it did. */
    boolean book(String seat, String who) {
        if (!taken.containsKey(seat)) {
            taken.put(seat, who);
            return true;
        }
        return false;
    }
}
