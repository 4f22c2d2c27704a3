// expect: assertion
// lines: 22, 23
// about: push reads the head with getVolatile and then writes it with setVolatile instead of compareAndSet: each step is atomic and ordered, the pair is not, so a push between the read and the write is overwritten and lost
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

public class VarHandleTreiberStackSetHead {
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
            Node h = (Node) HEAD.getVolatile(this);
            HEAD.setVolatile(this, new Node(value, h));
        }

        int size() {
            int n = 0;
            for (Node h = (Node) HEAD.getVolatile(this); h != null; h = h.next) {
                n++;
            }
            return n;
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
        Thread a = new Thread(() -> stack.push(1));
        Thread b = new Thread(() -> stack.push(2));
        a.start();
        b.start();
        a.join();
        b.join();
        assert stack.size() == 2 : "two pushes, " + stack.size() + " on the stack";
    }
}
