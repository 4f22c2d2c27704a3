class Mailbox {

    private String message;          // null while the box is empty

    synchronized void put(String m) throws InterruptedException {
        if (message != null) {       // full: wait until a consumer empties it
            wait();
        }
        message = m;
        notify();
    }

    synchronized String take() throws InterruptedException {
        if (message == null) {       // empty: wait until a producer fills it
            wait();
        }
        String m = message;
        message = null;
        notify();
        return m;
    }
}
