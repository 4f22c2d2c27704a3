class Mailbox {

    private String message;

    synchronized void put(String m) throws InterruptedException {
        while (message != null) {
            try {
                wait();
            } catch (InterruptedException e) {
                // spurious: look at the box again
            }
        }
        message = m;
        notifyAll();
    }

    synchronized String take() throws InterruptedException {
        while (message == null) {
            try {
                wait();
            } catch (InterruptedException e) {
                // spurious: look at the box again
            }
        }
        String m = message;
        message = null;
        notifyAll();
        return m;
    }
}
