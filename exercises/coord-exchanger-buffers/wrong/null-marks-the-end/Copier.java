import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Exchanger;
import java.util.function.Consumer;

class Copier {

    // Copies every line to sink, in order, with two buffers of bufferSize lines: the calling thread fills one while
    // a drainer thread empties the other into sink; full and empty buffers trade places through an Exchanger. A
    // buffer that is not full (empty, even) is the last one. Returns when sink has every line.
    static void copy(Iterator<String> lines, int bufferSize, Consumer<String> sink) throws InterruptedException {
        Exchanger<List<String>> exchanger = new Exchanger<>();
        Thread drainer = Thread.ofPlatform().name("drainer").start(() -> {
            List<String> buffer = new ArrayList<>(bufferSize);
            try {
                while (true) {                              // null means "no more": the drainer is done then
                    buffer = exchanger.exchange(buffer);    // hand over the empty buffer, take the full one
                    buffer.forEach(sink);
                    buffer.clear();                         // it goes back to the filler empty
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        List<String> buffer = new ArrayList<>(bufferSize);
        while (lines.hasNext()) {
            buffer.add(lines.next());
            if (buffer.size() == bufferSize) {
                buffer = exchanger.exchange(buffer);        // from here on, the full one is the drainer's alone
            }
        }
        if (!buffer.isEmpty()) {
            buffer = exchanger.exchange(buffer);            // the lines that did not fill a buffer
        }
        exchanger.exchange(null);                           // the end: nothing more will come
        drainer.join();                                     // and orders everything sink did before our return
    }
}
