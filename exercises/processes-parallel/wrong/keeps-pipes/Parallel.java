import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

// A plausible mistake: parallel and in order, but nobody reads the pipes, so a chatty command blocks for ever.
class Parallel {

    /**
     * Runs every command (their output is not needed) and returns their exit codes, in the order of
     * {@code commands}.
     */
    static List<Integer> exitCodes(List<List<String>> commands) throws IOException, InterruptedException {
        // Start them all first: they run at the same time. 
        List<CompletableFuture<Process>> exits = new ArrayList<>();
        for (List<String> command : commands) {
            Process process = new ProcessBuilder(command).start();
            exits.add(process.onExit());           // completes when the process ends; no thread of ours waits
        }
        // Then collect, in the order the commands were given (not the order they finish in).
        CompletableFuture.allOf(exits.toArray(CompletableFuture[]::new)).join();
        return exits.stream().map(exit -> exit.join().exitValue()).toList();
    }
}
