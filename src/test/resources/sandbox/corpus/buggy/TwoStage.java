// expect: assertion
// lines: 14, 24, 30
// about: the writer sets data1 under one lock and data2 = data1 + 1 under another; a reader that takes the locks between the two stages sees data1 set and data2 not yet
public class TwoStage {
    static final Object first = new Object();
    static final Object second = new Object();
    static int data1;
    static int data2;

    public static void main(String[] args) throws InterruptedException {
        Thread writer = new Thread(() -> {
            int d;
            synchronized (first) {
                data1 = 1;
                d = data1;
            }
            synchronized (second) {
                data2 = d + 1;
            }
        });
        Thread reader = new Thread(() -> {
            int t1;
            synchronized (first) {
                t1 = data1;
            }
            if (t1 == 0) {
                return;
            }
            synchronized (second) {
                assert data2 == t1 + 1 : "stage two not done: data1 = " + t1 + ", data2 = " + data2;
            }
        });
        writer.start();
        reader.start();
        writer.join();
        reader.join();
    }
}
