/** Opens the shop once: the first caller does the opening, every later caller sees it open. */
class Shop {
    private boolean open;
    private int openings;

    void ensureOpen() {
        if (!open) {
            openings++; // unlock the door, switch on the lights: must happen once
            open = true;
        }
    }

    int openings() {
        return openings;
    }
}
