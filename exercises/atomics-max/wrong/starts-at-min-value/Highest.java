import java.util.concurrent.atomic.AtomicInteger;

class Highest {

    private final AtomicInteger max;

    Highest(int initial) {
        max = new AtomicInteger(Integer.MIN_VALUE);   // WRONG: "any value beats the smallest int": the initial value is lost
    }

    // One atomic call: compare and replace happen as one indivisible step (a CAS loop inside),
    // so no other thread can slip in between reading the maximum and writing the new one.
    // Equally correct: a compareAndSet retry loop, or synchronized record() and get().
    void record(int v) {
        max.accumulateAndGet(v, Math::max);
    }

    int get() {
        return max.get();
    }
}
