import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Exchanger;
import java.util.function.Consumer;

class Copier {

    static void copy(Iterator<String> lines, int bufferSize, Consumer<String> sink) throws InterruptedException {
        Exchanger<List<String>> exchanger = new Exchanger<>();
        Thread drainer = Thread.ofPlatform().name("drainer").start(() -> {
            List<String> buffer = new ArrayList<>(bufferSize);
            try {
                do {
                    buffer.clear();
                    buffer = exchanger.exchange(buffer);
                    for (String line : buffer) sink.accept(line);
                } while (buffer.size() == bufferSize);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        List<String> filling = new ArrayList<>(bufferSize);
        boolean sentLast = false;
        while (!sentLast) {
            if (lines.hasNext()) filling.add(lines.next());
            if (filling.size() == bufferSize || !lines.hasNext()) {
                sentLast = filling.size() < bufferSize;
                filling = exchanger.exchange(filling);
            }
        }
        drainer.join();
    }
}
