// expect: none
// lines:
// about: the same six philosophers take the lower-numbered of their two forks first, so the forks are always taken in one global order and no cycle can form
public class DiningPhilosophers6Fixed {
    static final int N = 6;
    static final Object[] forks = new Object[N];
    static final int[] meals = new int[N];

    public static void main(String[] args) throws InterruptedException {
        for (int i = 0; i < N; i++) {
            forks[i] = new Object();
        }
        Thread[] philosophers = new Thread[N];
        for (int i = 0; i < N; i++) {
            int me = i;
            int first = Math.min(me, (me + 1) % N);
            int second = Math.max(me, (me + 1) % N);
            philosophers[i] = new Thread(() -> {
                for (int meal = 0; meal < 1; meal++) {
                    synchronized (forks[first]) {
                        synchronized (forks[second]) {
                            meals[me]++;
                        }
                    }
                }
            });
            philosophers[i].start();
        }
        for (Thread p : philosophers) {
            p.join();
        }
        for (int m : meals) {
            assert m == 1 : "a philosopher went hungry";
        }
    }
}
