// expect: none
// lines:
// about: the writer checks for readers and marks itself writing in one synchronized block, and readers wait while it writes
public class ReadersWriterCheckOutsideFixed {
    static final Object m = new Object();
    static int readers;
    static boolean writing;
    static int left;
    static int right;

    public static void main(String[] args) throws InterruptedException {
        Thread reader = new Thread(() -> {
            try {
                synchronized (m) {
                    while (writing) {
                        m.wait();
                    }
                    readers++;
                }
                int l = left;
                int r = right;
                assert l == r : "read a half-written pair: " + l + ", " + r;
                synchronized (m) {
                    readers--;
                    m.notifyAll();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Thread writer = new Thread(() -> {
            try {
                synchronized (m) {
                    while (readers > 0 || writing) {
                        m.wait();
                    }
                    writing = true;
                }
                left = 1;
                right = 1;
                synchronized (m) {
                    writing = false;
                    m.notifyAll();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        reader.start();
        writer.start();
        reader.join();
        writer.join();
    }
}
