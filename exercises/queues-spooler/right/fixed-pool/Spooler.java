import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

record PrintJob(String document) {}

class Spooler implements AutoCloseable {
    private static final PrintJob STOP = new PrintJob("<stop>");

    private final BlockingQueue<PrintJob> queue = new LinkedBlockingQueue<>(16);
    private final ExecutorService printers;
    private final int printerCount;
    private final Consumer<String> device;

    Spooler(int printerCount, Consumer<String> device) {
        this.device = device;
        this.printerCount = printerCount;
        printers = Executors.newFixedThreadPool(printerCount);
        for (int i = 0; i < printerCount; i++) {
            printers.execute(this::printLoop);
        }
    }

    void submit(String document) throws InterruptedException {
        queue.put(new PrintJob(document));
    }

    private void printLoop() {
        try {
            for (PrintJob job = queue.take(); job != STOP; job = queue.take()) {
                device.accept(job.document());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws InterruptedException {
        for (int i = 0; i < printerCount; i++) {
            queue.put(STOP);
        }
        printers.shutdown();
        while (!printers.awaitTermination(1, TimeUnit.MINUTES)) {
            // keep waiting: every printer stops at its pill once the documents before it are printed
        }
    }
}
