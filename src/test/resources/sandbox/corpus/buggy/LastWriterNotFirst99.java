// expect: assertion
// lines: 12, 18
// about: 99 threads each record their id in one volatile slot; main believes thread 0, started first, cannot be the last to write
public class LastWriterNotFirst99 {
    static final int N = 99;
    static volatile int last = -1;

    public static void main(String[] args) throws InterruptedException {
        Thread[] writers = new Thread[N];
        for (int i = 0; i < N; i++) {
            int me = i;
            writers[i] = new Thread(() -> last = me);
            writers[i].start();
        }
        for (Thread w : writers) {
            w.join();
        }
        assert last != 0 : "thread 0 was started first, yet it wrote last";
    }
}
