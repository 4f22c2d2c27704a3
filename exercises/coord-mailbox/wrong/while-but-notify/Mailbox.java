// A plausible wrong fix: while loops, but notify() can wake a thread of the wrong kind (a lost wake-up).
class Mailbox {

    private String message;          // null while the box is empty

    synchronized void put(String m) throws InterruptedException {
        while (message != null) {    // re-check after every wake-up: another producer may have filled it again
            wait();
        }
        message = m;
        notify();
    }

    synchronized String take() throws InterruptedException {
        while (message == null) {    // re-check: another consumer may have taken the message first
            wait();
        }
        String m = message;
        message = null;
        notify();
        return m;
    }
}
