// expect: none
// lines:
// about: tasks go through a PriorityBlockingQueue whose order is the task's own compareTo; the queue runs it under its lock, so a switch there must not leave the other thread blocked inside the JDK, and what compareTo reads was handed over by the put
import java.util.concurrent.PriorityBlockingQueue;

public class PriorityBlockingHandOff {
    static final class Task implements Comparable<Task> {
        int priority;
        String label;

        @Override
        public int compareTo(Task other) {
            return Integer.compare(priority, other.priority);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        PriorityBlockingQueue<Task> queue = new PriorityBlockingQueue<>();
        Thread producer = new Thread(() -> {
            for (int i = 3; i >= 1; i--) {
                Task t = new Task();
                t.priority = i;
                t.label = "p" + i;
                queue.put(t);
            }
        });
        producer.start();
        for (int seen = 0; seen < 3; seen++) {
            Task t = queue.take();
            assert ("p" + t.priority).equals(t.label) : "task " + t.priority + " labelled " + t.label;
        }
        producer.join();
    }
}
