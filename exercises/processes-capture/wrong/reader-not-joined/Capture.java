import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** What a finished command left behind. */
record Output(int exitCode, String stdout, String stderr) { }

class Capture {

    /** Runs the command, waits for it to end, and returns its exit code and everything it wrote. */
    static Output run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).start();
        var stderr = new ByteArrayOutputStream();
        Thread.ofVirtual().start(() -> {                  // stderr drained on its own thread
            try {
                process.getErrorStream().transferTo(stderr);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        String stdout = new String(process.getInputStream().readAllBytes());
        int exitCode = process.waitFor();                // the child has ended, so it has written everything
        return new Output(exitCode, stdout, stderr.toString());
    }
}
