class HitCounter {

    // one writer at a time (the lock); readers need only the volatile read to see the latest count
    private volatile int hits;

    synchronized void hit() {
        hits++;
    }

    int hits() {
        return hits;
    }
}
