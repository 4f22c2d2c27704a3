// expect: deadlock
// lines: 19
// about: five philosophers each take their left fork, then their right (1 meal each); once all 5 hold their left fork, each waits for a neighbour's forever
public class DiningPhilosophers5 {
    static final int N = 5;
    static final Object[] forks = new Object[N];
    static final int[] meals = new int[N];

    public static void main(String[] args) throws InterruptedException {
        for (int i = 0; i < N; i++) {
            forks[i] = new Object();
        }
        Thread[] philosophers = new Thread[N];
        for (int i = 0; i < N; i++) {
            int me = i;
            philosophers[i] = new Thread(() -> {
                for (int meal = 0; meal < 1; meal++) {
                    synchronized (forks[me]) {
                        synchronized (forks[(me + 1) % N]) {
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
