// expect: none
// lines:
// about: a Treiber stack whose head is swung by VarHandle.compareAndSet in a retry loop: every push and pop is one successful CAS from the head it read, so nothing is lost or popped twice; the spins must not look like a hang
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

public class VarHandleTreiberStack {
    static final class Node {
        final int value;
        final Node next;

        Node(int value, Node next) {
            this.value = value;
            this.next = next;
        }
    }

    static final class Stack {
        volatile Node head;

        void push(int value) {
            Node h;
            do {
                h = head;
            } while (!HEAD.compareAndSet(this, h, new Node(value, h)));
        }

        Integer pop() {
            Node h;
            do {
                h = (Node) HEAD.getAcquire(this);
                if (h == null) {
                    return null;
                }
            } while (!HEAD.compareAndSet(this, h, h.next));
            return h.value;
        }
    }

    static final VarHandle HEAD;

    static {
        try {
            HEAD = MethodHandles.lookup().findVarHandle(Stack.class, "head", Node.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Stack stack = new Stack();
        stack.push(1);
        int[] popped = new int[2];
        Thread pusher = new Thread(() -> {
            stack.push(2);
            stack.push(3);
        });
        Thread popper = new Thread(() -> {
            Integer a = stack.pop();
            Integer b = stack.pop();
            popped[0] = a == null ? 0 : a;
            popped[1] = b == null ? 0 : b;
        });
        pusher.start();
        popper.start();
        pusher.join();
        popper.join();
        int sum = popped[0] + popped[1];
        for (Integer v = stack.pop(); v != null; v = stack.pop()) {
            sum += v;
        }
        assert sum == 6 : "pushed 1 + 2 + 3, popped and left " + sum;
    }
}
