class HitCounter {
    private int hits;

    synchronized void hit() {
        hits++;
    }

    synchronized int hits() {
        return hits;
    }
}
