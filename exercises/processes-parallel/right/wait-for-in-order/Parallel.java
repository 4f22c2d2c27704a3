import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

class Parallel {
    static List<Integer> exitCodes(List<List<String>> commands) throws IOException, InterruptedException {
        List<Process> started = new ArrayList<>();
        for (List<String> command : commands) {
            started.add(new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start());
        }
        List<Integer> codes = new ArrayList<>();
        for (Process p : started) {
            codes.add(p.waitFor()); // all run already; waiting in command order keeps the codes in order
        }
        return codes;
    }
}
