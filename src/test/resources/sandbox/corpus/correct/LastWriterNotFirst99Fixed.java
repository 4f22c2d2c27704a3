// expect: none
// lines:
// about: the 99 writers also number their writes under one lock; main checks that the slot holds the id of whoever wrote last, whichever thread that was
public class LastWriterNotFirst99Fixed {
    static final int N = 99;
    static final Object lock = new Object();
    static final int[] byTurn = new int[N];
    static int turns;
    static int last = -1;

    public static void main(String[] args) throws InterruptedException {
        Thread[] writers = new Thread[N];
        for (int i = 0; i < N; i++) {
            int me = i;
            writers[i] = new Thread(() -> {
                synchronized (lock) {
                    last = me;
                    byTurn[turns++] = me;
                }
            });
            writers[i].start();
        }
        for (Thread w : writers) {
            w.join();
        }
        assert last == byTurn[N - 1] : "the slot does not hold the last writer's id";
    }
}
