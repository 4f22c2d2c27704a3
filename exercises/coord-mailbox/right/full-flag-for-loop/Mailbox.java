class Mailbox {

    private String slot;
    private boolean full;

    synchronized void put(String m) throws InterruptedException {
        for (;;) {
            if (!full) break;
            wait();
        }
        slot = m;
        full = true;
        notifyAll();
    }

    synchronized String take() throws InterruptedException {
        do {
            if (full) break;
            wait();
        } while (true);
        full = false;
        String taken = slot;
        slot = null;
        notifyAll();
        System.err.println("took " + taken);
        return taken;
    }
}
