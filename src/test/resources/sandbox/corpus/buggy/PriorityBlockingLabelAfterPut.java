// expect: assertion
// lines: 23, 30
// about: the producer labels a task after putting it into the PriorityBlockingQueue: the consumer can take it before the label is written
import java.util.concurrent.PriorityBlockingQueue;

public class PriorityBlockingLabelAfterPut {
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
                queue.put(t);
                t.label = "p" + i;
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
