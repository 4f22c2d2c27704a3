// expect: assertion
// lines: 22, 34, 41
// about: the writer waits until no reader is in, then marks itself writing in a second synchronized block; a reader can enter in between and read the pair while it is half written
public class ReadersWriterCheckOutside {
    static final Object m = new Object();
    static int readers;
    static boolean writing;
    static volatile int left;
    static volatile int right;

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
                    while (readers > 0) {
                        m.wait();
                    }
                }
                synchronized (m) {
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
