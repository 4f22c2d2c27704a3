class HitCounter {

    private int hits;

    synchronized void hit() {
        hits++;
    }

    int hits() {
        return hits;
    }
}
