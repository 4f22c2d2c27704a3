class HitCounter {

    private volatile int hits;       // volatile: every thread sees the latest count

    void hit() {
        hits++;
    }

    int hits() {
        return hits;
    }
}
