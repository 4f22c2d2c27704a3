// expect: assertion
// lines: 28, 35
// about: await(100 ms) under `if` and its false (timed out) ignored: the consumer reads the result before the producer, which was only slow, has set it
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

public class ConditionAwaitTimeoutAsSignal {
    static final ReentrantLock lock = new ReentrantLock();
    static final Condition ready = lock.newCondition();
    static int result;

    public static void main(String[] args) throws InterruptedException {
        Thread producer = new Thread(() -> {
            lock.lock();
            try {
                result = 42;
                ready.signalAll();
            } finally {
                lock.unlock();
            }
        });
        producer.start();
        int seen;
        lock.lock();
        try {
            if (result == 0) {
                ready.await(100, TimeUnit.MILLISECONDS);
            }
            seen = result;
        } finally {
            lock.unlock();
        }
        producer.join();
        assert seen == 42 : "read " + seen + " before the producer was done";
    }
}
