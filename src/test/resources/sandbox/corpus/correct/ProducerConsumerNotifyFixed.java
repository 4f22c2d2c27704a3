// expect: none
// lines:
// about: notifyAll() wakes every waiter and each re-checks its condition in a while loop, so a waiting producer is never left asleep
public class ProducerConsumerNotifyFixed {
    static final Object lock = new Object();
    static final int[] slot = new int[1];
    static int count;
    static int sum;

    static void put(int item) throws InterruptedException {
        synchronized (lock) {
            while (count == slot.length) {
                lock.wait();
            }
            slot[0] = item;
            count++;
            lock.notifyAll();
        }
    }

    static int take() throws InterruptedException {
        synchronized (lock) {
            while (count == 0) {
                lock.wait();
            }
            count--;
            lock.notifyAll();
            return slot[0];
        }
    }

    interface Action {
        void run() throws InterruptedException;
    }

    static Thread start(Action action) {
        Thread t = new Thread(() -> {
            try {
                action.run();
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        });
        t.start();
        return t;
    }

    public static void main(String[] args) throws InterruptedException {
        Thread c1 = start(() -> { int v = take(); synchronized (lock) { sum += v; } });
        Thread c2 = start(() -> { int v = take(); synchronized (lock) { sum += v; } });
        Thread p1 = start(() -> put(1));
        Thread p2 = start(() -> put(2));
        c1.join();
        c2.join();
        p1.join();
        p2.join();
        assert sum == 3 : "sum = " + sum;
    }
}
