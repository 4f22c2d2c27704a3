import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

record PrintJob(String document) {}

class Spooler implements AutoCloseable {
    private static final PrintJob STOP = new PrintJob("<stop>");

    private final BlockingQueue<PrintJob> queue = new LinkedBlockingQueue<>(16);
    private final Thread[] printers;
    private final Consumer<String> device;

    Spooler(int printerCount, Consumer<String> device) {
        this.device = device;
        printers = new Thread[printerCount];
        Thread.Builder builder = Thread.ofVirtual().name("printer-", 0);
        for (int i = 0; i < printerCount; i++) {
            printers[i] = builder.start(this::printLoop);
        }
    }

    void submit(String document) throws InterruptedException {
        queue.put(new PrintJob(document));
    }

    private void printLoop() {
        while (true) {
            PrintJob job;
            try {
                job = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (job == STOP) {
                return;
            }
            device.accept(job.document());
        }
    }

    @Override
    public void close() throws InterruptedException {
        for (Thread ignored : printers) {
            queue.put(STOP);
        }
        for (Thread printer : printers) {
            printer.join();
        }
    }
}
