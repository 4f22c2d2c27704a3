import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

record PrintJob(String document) {}

class Spooler implements AutoCloseable {

    private static final PrintJob STOP = new PrintJob("<stop>");   // the poison pill, compared with ==

    private final BlockingQueue<PrintJob> queue = new LinkedBlockingQueue<>(16);
    private final List<Thread> printers = new ArrayList<>();
    private final Consumer<String> device;                          // prints one document

    Spooler(int printerCount, Consumer<String> device) {
        this.device = device;
        for (int i = 0; i < printerCount; i++) {
            printers.add(Thread.ofPlatform().name("printer-" + i).start(this::printLoop));
        }
    }

    /** Queues a document; waits while 16 documents are already waiting. */
    void submit(String document) throws InterruptedException {
        queue.put(new PrintJob(document));
    }

    private void printLoop() {
        try {
            while (true) {
                PrintJob job = queue.take();
                if (job == STOP) {
                    queue.put(STOP);                // hand the one pill on to the next printer
                    return;
                }
                device.accept(job.document());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Prints every document submitted before, stops the printers, and returns when they have all ended. */
    @Override
    public void close() throws InterruptedException {
        queue.put(STOP);                            // one pill; each printer hands it on
        for (Thread printer : printers) {
            printer.join();
        }
    }
}
