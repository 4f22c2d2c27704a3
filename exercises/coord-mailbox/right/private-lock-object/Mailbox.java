class Mailbox {

    private final Object lock = new Object();   // nobody outside can wait or notify on it
    private String message;

    void put(String m) throws InterruptedException {
        synchronized (lock) {
            while (message != null) {
                lock.wait();
            }
            message = m;
            lock.notifyAll();
        }
    }

    String take() throws InterruptedException {
        synchronized (lock) {
            while (message == null) {
                lock.wait();
            }
            try {
                return message;
            } finally {
                message = null;
                lock.notifyAll();
            }
        }
    }
}
