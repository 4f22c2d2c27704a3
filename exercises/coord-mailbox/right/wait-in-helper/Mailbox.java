class Mailbox {

    private String message;

    synchronized void put(String m) throws InterruptedException {
        while (isFull()) {
            awaitChange();
        }
        message = m;
        notifyAll();
    }

    synchronized String take() throws InterruptedException {
        while (!isFull()) {
            awaitChange();
        }
        String m = message;
        message = null;
        notifyAll();
        return m;
    }

    private boolean isFull() {
        return message != null;
    }

    /** Called only from the loops above, holding the monitor: they look at the box again after it returns. */
    private void awaitChange() throws InterruptedException {
        wait();
    }
}
