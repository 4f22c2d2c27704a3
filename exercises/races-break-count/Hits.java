/** Counts the visits of a page. */
class Hits {
    private int count;

    void hit() {
        count++;
    }

    int count() {
        return count;
    }
}
