// expect: deadlock
// lines: 16
// about: three philosophers each take their left fork, then their right; once all three hold their left fork, each waits for a neighbour's
public class DiningPhilosophers3 {
    static final int N = 3;
    static final Object[] forks = {new Object(), new Object(), new Object()};
    static final int[] meals = new int[N];

    public static void main(String[] args) throws InterruptedException {
        Thread[] philosophers = new Thread[N];
        for (int i = 0; i < N; i++) {
            int me = i;
            philosophers[i] = new Thread(() -> {
                for (int meal = 0; meal < 2; meal++) {
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
    }
}
