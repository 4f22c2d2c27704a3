import java.util.concurrent.atomic.AtomicReference;

class Counter {

    private final AtomicReference<Integer> count = new AtomicReference<>(0);

    void increment() {
        add(1);
    }

    void add(int delta) {
        while (true) {
            Integer before = count.get();
            Integer after = before + delta;
            if (count.compareAndSet(before, after)) {
                System.out.println("[debug] " + before + " -> " + after);
                return;
            }
        }
    }

    int get() {
        return count.get();
    }
}
