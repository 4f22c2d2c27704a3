import java.io.IOException;
import java.time.Duration;

/** How a command ended: its exit code (-1 if it was killed for taking too long), and what it wrote. */
record Result(int exitCode, boolean timedOut, String output) { }

class Runner {

    /**
     * Runs the command with its stderr merged into its stdout. If it ends within {@code timeout}, returns its exit
     * code and output. If not, kills it together with every process it started, and returns exit code -1,
     * timedOut = true and the output it wrote until then.
     */
    static Result run(Duration timeout, String... command) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("TODO: your code");
    }
}
