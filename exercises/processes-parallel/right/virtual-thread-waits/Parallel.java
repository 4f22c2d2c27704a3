import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

class Parallel {

    static List<Integer> exitCodes(List<List<String>> commands) throws IOException, InterruptedException {
        List<Process> started = new ArrayList<>();
        for (List<String> command : commands) {          // every command starts before anything waits
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
            builder.redirectError(ProcessBuilder.Redirect.DISCARD);
            started.add(builder.start());
        }
        // A virtual thread per process waits for it; the futures keep the order of the commands.
        try (ExecutorService waiters = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Integer>> codes = new ArrayList<>();
            for (Process process : started) {
                Callable<Integer> exitOf = process::waitFor;   // waitFor() is overloaded: say which one
                codes.add(waiters.submit(exitOf));
            }
            List<Integer> result = new ArrayList<>();
            for (Future<Integer> code : codes) {
                result.add(code.get());
            }
            return result;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
