// expect: none
// lines:
// about: both stages run holding the first lock, and the reader holds it while it reads both: it sees neither stage or both
public class TwoStageFixed {
    static final Object first = new Object();
    static final Object second = new Object();
    static int data1;
    static int data2;

    public static void main(String[] args) throws InterruptedException {
        Thread writer = new Thread(() -> {
            synchronized (first) {
                data1 = 1;
                synchronized (second) {
                    data2 = data1 + 1;
                }
            }
        });
        Thread reader = new Thread(() -> {
            synchronized (first) {
                int t1 = data1;
                if (t1 == 0) {
                    return;
                }
                synchronized (second) {
                    assert data2 == t1 + 1 : "stage two not done: data1 = " + t1 + ", data2 = " + data2;
                }
            }
        });
        writer.start();
        reader.start();
        writer.join();
        reader.join();
    }
}
