/** A philosopher eats with the fork on their left and the fork on their right, both held. */
class Philosopher implements Runnable {
    private final Object left;
    private final Object right;
    private int meals;

    Philosopher(Object left, Object right) {
        this.left = left;
        this.right = right;
    }

    @Override
    public void run() {
        synchronized (left) {
            synchronized (right) {
                meals++;
            }
        }
    }

    int meals() {
        return meals;
    }
}
