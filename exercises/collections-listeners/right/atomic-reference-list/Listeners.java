import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

interface Listener {
    void onEvent(String event);
}

class Listeners {
    // an immutable list, replaced whole on every change: a fire() iterates the list that was current when it began
    private final AtomicReference<List<Listener>> listeners = new AtomicReference<>(List.of());

    void add(Listener listener) {
        listeners.updateAndGet(old -> {
            var copy = new ArrayList<>(old);
            copy.add(listener);
            return List.copyOf(copy);
        });
    }

    void remove(Listener listener) {
        listeners.updateAndGet(old -> {
            var copy = new ArrayList<>(old);
            copy.remove(listener);
            return List.copyOf(copy);
        });
    }

    int count() {
        return listeners.get().size();
    }

    void fire(String event) {
        for (var listener : listeners.get()) {
            listener.onEvent(event);
        }
    }
}
