import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

class Parallel {
    static List<Integer> exitCodes(List<List<String>> commands) throws IOException, InterruptedException {
        List<Process> processes = new ArrayList<>();
        for (var command : commands) {
            var builder = new ProcessBuilder(command);
            builder.redirectOutput(new File("/dev/null"));
            builder.redirectError(new File("/dev/null"));
            processes.add(builder.start());
        }
        return processes.stream()
                .map(Process::onExit)
                .toList()                 // every onExit future first, then wait for them in order
                .stream()
                .map(CompletableFuture::join)
                .map(Process::exitValue)
                .toList();
    }
}
