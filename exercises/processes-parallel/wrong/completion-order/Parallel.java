import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;

// A plausible mistake: parallel, but each exit code is added when its process ends, so the order is lost.
class Parallel {

    /**
     * Runs every command (their output is not needed) and returns their exit codes, in the order of
     * {@code commands}.
     */
    static List<Integer> exitCodes(List<List<String>> commands) throws IOException, InterruptedException {
        // Start them all first: they run at the same time. Output nobody reads goes nowhere, so no pipe fills up.
        List<CompletableFuture<Process>> exits = new ArrayList<>();
        for (List<String> command : commands) {
            Process process = new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            exits.add(process.onExit());           // completes when the process ends; no thread of ours waits
        }
        List<Integer> codes = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture.allOf(exits.stream()
                .map(exit -> exit.thenAccept(process -> codes.add(process.exitValue())))
                .toArray(CompletableFuture[]::new)).join();
        return codes;
    }
}
