// expect: none
// lines:
// about: each philosopher takes the lower-numbered of its two forks first: one global order, no cycle
public class DiningPhilosophers3Fixed {
    static final int N = 3;
    static final Object[] forks = {new Object(), new Object(), new Object()};
    static final int[] meals = new int[N];

    public static void main(String[] args) throws InterruptedException {
        Thread[] philosophers = new Thread[N];
        for (int i = 0; i < N; i++) {
            int me = i;
            int low = Math.min(me, (me + 1) % N);
            int high = Math.max(me, (me + 1) % N);
            philosophers[i] = new Thread(() -> {
                for (int meal = 0; meal < 2; meal++) {
                    synchronized (forks[low]) {
                        synchronized (forks[high]) {
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
            assert m == 2 : "a philosopher went hungry";
        }
    }
}
