// expect: none
// lines:
// about: SynchronousQueue hands three values from put to take, the last to a timed poll retried in a loop (was 40 s of real 1 ms polls, then "could not check")
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;

public class SynchronousQueueTimedPoll {
    public static void main(String[] args) throws Exception {
        SynchronousQueue<Integer> q = new SynchronousQueue<>();
        int[] sum = new int[1];
        Thread producer = new Thread(() -> {
            try {
                for (int i = 1; i <= 3; i++) q.put(i);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        });
        Thread consumer = new Thread(() -> {
            try {
                sum[0] += q.take();
                sum[0] += q.take();
                Integer last;
                while ((last = q.poll(1, TimeUnit.MILLISECONDS)) == null) {
                    Thread.onSpinWait();
                }
                sum[0] += last;
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        });
        producer.start(); consumer.start();
        producer.join(); consumer.join();
        assert sum[0] == 6;
    }
}
