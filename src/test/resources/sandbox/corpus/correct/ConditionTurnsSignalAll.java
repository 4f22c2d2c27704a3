// expect: none
// lines:
// about: three threads take turns by number on one Condition; each waits in a while loop for its own turn and signalAll() wakes every waiter, so whichever turn comes next finds its thread awake
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

public class ConditionTurnsSignalAll {
    static final ReentrantLock lock = new ReentrantLock();
    static final Condition changed = lock.newCondition();
    static int turn;
    static final List<Integer> order = new ArrayList<>();

    static void play(int me) {
        for (int round = 0; round < 2; round++) {
            lock.lock();
            try {
                while (turn % 3 != me) {
                    changed.awaitUninterruptibly();
                }
                order.add(me);
                turn++;
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread[] ts = new Thread[3];
        for (int i = 0; i < 3; i++) {
            int me = i;
            ts[i] = new Thread(() -> play(me));
            ts[i].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        assert order.equals(List.of(0, 1, 2, 0, 1, 2)) : order.toString();
    }
}
