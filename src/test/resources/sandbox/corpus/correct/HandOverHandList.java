// expect: none
// lines:
// about: a sorted linked list with a ReentrantLock per node, inserted into by hand-over-hand locking (the next node's lock is taken before the current one is let go); two inserters at once keep it sorted and lose nothing
import java.util.concurrent.locks.ReentrantLock;

public class HandOverHandList {
    static final class Node {
        final int value;
        Node next;
        final ReentrantLock lock = new ReentrantLock();

        Node(int value, Node next) {
            this.value = value;
            this.next = next;
        }
    }

    static final Node head = new Node(Integer.MIN_VALUE, new Node(Integer.MAX_VALUE, null));

    static void insert(int v) {
        Node prev = head;
        prev.lock.lock();
        Node cur = prev.next;
        cur.lock.lock();
        try {
            while (cur.value < v) {
                prev.lock.unlock();
                prev = cur;
                cur = cur.next;
                cur.lock.lock();
            }
            prev.next = new Node(v, cur);
        } finally {
            cur.lock.unlock();
            prev.lock.unlock();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread a = new Thread(() -> { insert(5); insert(1); });
        Thread b = new Thread(() -> { insert(3); insert(7); });
        a.start();
        b.start();
        a.join();
        b.join();
        StringBuilder s = new StringBuilder();
        for (Node n = head.next; n.next != null; n = n.next) {
            s.append(n.value).append(' ');
        }
        assert s.toString().equals("1 3 5 7 ") : s.toString();
    }
}
