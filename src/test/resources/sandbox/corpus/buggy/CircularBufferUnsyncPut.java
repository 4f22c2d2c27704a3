// expect: assertion
// lines: 11, 12
// about: two producers put into a ring buffer without a lock; both can write the slot at the same tail and one item is lost
public class CircularBufferUnsyncPut {
    static final class Ring {
        private final int[] slots = new int[4];
        private int head;
        private int tail;

        void put(int v) {
            slots[tail % slots.length] = v;
            tail++;
        }

        synchronized int drain() {
            int sum = 0;
            while (head < tail) {
                sum += slots[head++ % slots.length];
            }
            return sum;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Ring ring = new Ring();
        Thread p1 = new Thread(() -> ring.put(1));
        Thread p2 = new Thread(() -> ring.put(2));
        p1.start();
        p2.start();
        p1.join();
        p2.join();
        int sum = ring.drain();
        assert sum == 3 : "items lost or doubled: sum = " + sum;
    }
}
