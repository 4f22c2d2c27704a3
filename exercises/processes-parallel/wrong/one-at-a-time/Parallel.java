import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

class Parallel {

    /**
     * Runs every command (their output is not needed) and returns their exit codes, in the order of
     * {@code commands}.
     */
    static List<Integer> exitCodes(List<List<String>> commands) throws IOException, InterruptedException {
        List<Integer> codes = new ArrayList<>();
        for (List<String> command : commands) {     // output goes nowhere, so nothing can block
            Process process = new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            codes.add(process.onExit().join().exitValue());   // in order, one at a time
        }
        return codes;
    }
}
