// expect: none
// lines:
// about: each of the 49 threads writes its id into its own slot of an array; join orders the writes before main reads them, so start order is what main sees
public class ArrivalsInStartOrder49Fixed {
    static final int N = 49;
    static final int[] slots = new int[N];

    public static void main(String[] args) throws InterruptedException {
        Thread[] writers = new Thread[N];
        for (int i = 0; i < N; i++) {
            int me = i;
            writers[i] = new Thread(() -> slots[me] = me);
            writers[i].start();
        }
        for (Thread w : writers) {
            w.join();
        }
        for (int i = 0; i < N; i++) {
            assert slots[i] == i : "slot " + i + " holds " + slots[i];
        }
    }
}
