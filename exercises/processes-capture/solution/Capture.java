import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** What a finished command left behind. */
record Output(int exitCode, String stdout, String stderr) { }

class Capture {

    /** Runs the command, waits for it to end, and returns its exit code and everything it wrote. */
    static Output run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).start();
        // Both pipes are drained at the same time: stderr on a virtual thread, stdout on this one. Neither
        // can fill up and block the child while we wait on the other.
        try (var drain = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<byte[]> stderr = drain.submit(() -> process.getErrorStream().readAllBytes());
            String stdout = new String(process.getInputStream().readAllBytes());
            int exitCode = process.waitFor();
            return new Output(exitCode, stdout, new String(stderr.get()));
        } catch (ExecutionException e) {
            throw new IOException("reading stderr failed", e.getCause());
        }
    }
}
