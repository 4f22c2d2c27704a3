void main() throws InterruptedException {
    Object a = new Object();
    Object b = new Object();
    Thread t = new Thread(() -> {
        synchronized (a) {
            synchronized (b) {
            }
        }
    });
    t.start();
    synchronized (b) {
        synchronized (a) {
        }
    }
    t.join();
}
