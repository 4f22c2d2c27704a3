import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

class Copier {

    // Copies every line to sink, in order, with two buffers of bufferSize lines: the calling thread fills one while
    // a drainer thread empties the other into sink. A buffer that is not full (empty, even) is the last one.
    static void copy(Iterator<String> lines, int bufferSize, Consumer<String> sink) throws InterruptedException {
        BlockingQueue<List<String>> full = new ArrayBlockingQueue<>(1);
        BlockingQueue<List<String>> empty = new ArrayBlockingQueue<>(2);
        empty.put(new ArrayList<>(bufferSize));
        empty.put(new ArrayList<>(bufferSize));
        Thread drainer = Thread.ofPlatform().name("drainer").start(() -> {
            try {
                while (true) {
                    List<String> buffer = full.take();
                    buffer.forEach(sink);
                    boolean last = buffer.size() < bufferSize;
                    buffer.clear();
                    empty.put(buffer);                      // a queue hand-off, like the exchange, orders the clear
                    if (last) {
                        return;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        List<String> buffer = empty.take();
        while (lines.hasNext()) {
            buffer.add(lines.next());
            if (buffer.size() == bufferSize) {
                full.put(buffer);
                buffer = empty.take();
            }
        }
        full.put(buffer);
        drainer.join();
    }
}
