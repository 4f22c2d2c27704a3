// expect: none
// lines:
// about: the 10 writers also number their writes under one lock; main checks that the slot holds the id of whoever wrote last, whichever thread that was
public class LastWriterNotFirst10Fixed {
    static final int N = 10;
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
