// expect: none
// lines:
// about: pop() is synchronized like push(): each pop sees the other's decrement
public class StackMissedLockFixed {
    static final class Stack {
        private final int[] items = new int[4];
        private int top;

        synchronized void push(int v) {
            items[top++] = v;
        }

        synchronized int pop() {
            return items[--top];
        }
    }

    static int popped1;
    static int popped2;

    public static void main(String[] args) throws InterruptedException {
        Stack stack = new Stack();
        stack.push(1);
        stack.push(2);
        Thread a = new Thread(() -> popped1 = stack.pop());
        Thread b = new Thread(() -> popped2 = stack.pop());
        a.start();
        b.start();
        a.join();
        b.join();
        assert popped1 + popped2 == 3 : "popped " + popped1 + " and " + popped2;
    }
}
