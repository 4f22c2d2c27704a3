import java.util.concurrent.atomic.AtomicReference;

class Highest {

    private final AtomicReference<Integer> max;

    Highest(int initial) {
        max = new AtomicReference<>(initial);
    }

    // One atomic call: compare and replace happen as one indivisible step (a CAS loop inside),
    // so no other thread can slip in between reading the maximum and writing the new one.
    // Equally correct: a compareAndSet retry loop, or synchronized record() and get().
    void record(int v) {
        int seen = max.get();
        while (v > seen && !max.compareAndSet(seen, v)) {   // WRONG: seen is boxed again: compareAndSet compares references
            seen = max.get();
        }
    }

    int get() {
        return max.get();
    }
}
