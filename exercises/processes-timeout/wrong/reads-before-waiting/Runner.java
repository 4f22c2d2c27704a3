import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

// A plausible mistake: the output is read to the end first, which waits for the whole command.
/** How a command ended: its exit code (-1 if it was killed for taking too long), and what it wrote. */
record Result(int exitCode, boolean timedOut, String output) { }

class Runner {

    /**
     * Runs the command with its stderr merged into its stdout. If it ends within {@code timeout}, returns its exit
     * code and output. If not, kills it together with every process it started, and returns exit code -1,
     * timedOut = true and the output it wrote until then.
     */
    static Result run(Duration timeout, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        CompletableFuture<String> output =
                CompletableFuture.completedFuture(new String(process.getInputStream().readAllBytes()));
        if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            return new Result(process.exitValue(), false, outputOf(output));
        }
        // Too slow: list the whole tree *before* killing the parent (orphans are no longer its descendants),
        // kill the children, then the parent, and wait until they are gone.
        List<ProcessHandle> descendants = process.descendants().toList();
        descendants.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(1, TimeUnit.SECONDS);
        return new Result(-1, true, outputOf(output));
    }

    /** What the reader got; the pipe ends once every process holding it is gone. */
    private static String outputOf(CompletableFuture<String> output) throws InterruptedException {
        try {
            return output.get(1, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return "";               // someone outside the tree still holds the pipe: give up on the output
        }
    }
}
