import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

interface Listener { void onEvent(String event); }

class Listeners {
    private final Queue<Listener> listeners = new ConcurrentLinkedQueue<>();
    void add(Listener listener) { listeners.add(listener); }
    void remove(Listener listener) { listeners.remove(listener); }
    int count() { return listeners.size(); }
    void fire(String event) {
        for (Listener listener : listeners) listener.onEvent(event);
    }
}
