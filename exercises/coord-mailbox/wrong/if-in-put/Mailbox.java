class Mailbox {

    private String message;          // null while the box is empty

    synchronized void put(String m) throws InterruptedException {
        if (message != null) {       // WRONG: "I was woken because the box is empty now"
            wait();
        }
        message = m;
        notifyAll();                 // wake everyone; each re-checks its own condition
    }

    synchronized String take() throws InterruptedException {
        while (message == null) {    // re-check: another consumer may have taken the message first
            wait();
        }
        String m = message;
        message = null;
        notifyAll();                 // a single notify() could wake another consumer instead of a producer
        return m;
    }
}
