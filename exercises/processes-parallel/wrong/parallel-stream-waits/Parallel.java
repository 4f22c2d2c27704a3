import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

class Parallel {
    static List<Integer> exitCodes(List<List<String>> commands) throws IOException, InterruptedException {
        return commands.parallelStream().map(command -> {   // WRONG: each task starts a command and blocks until it ends
            try {
                return new ProcessBuilder(command)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start().waitFor();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
