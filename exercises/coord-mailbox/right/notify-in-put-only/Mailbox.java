class Mailbox {

    private String message;          // null while the box is empty

    synchronized void put(String m) throws InterruptedException {
        while (message != null) {    // re-check after every wake-up: another producer may have filled it again
            wait();
        }
        message = m;
        notify();                    // no producer can be waiting now: the take that emptied the box woke them all
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
