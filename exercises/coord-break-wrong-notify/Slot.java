/** Holds one item: put() waits while it is full, take() while it is empty; each wakes a waiter when done. */
class Slot {
    private String item;

    synchronized void put(String s) throws InterruptedException {
        while (item != null) {
            wait();
        }
        item = s;
        notify();
    }

    synchronized String take() throws InterruptedException {
        while (item == null) {
            wait();
        }
        String s = item;
        item = null;
        notify();
        return s;
    }
}
