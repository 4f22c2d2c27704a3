import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

record Result(int exitCode, boolean timedOut, String output) { }

class Runner {
    static Result run(Duration timeout, String... command) throws IOException, InterruptedException {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new StringBuffer();
        var reader = new Thread(() -> {
            try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream()))) {
                int c;
                while ((c = lines.read()) != -1) {
                    output.append((char) c);
                }
            } catch (IOException e) {
                // killed: keep what was read
            }
        });
        reader.setDaemon(true);
        reader.start();
        boolean finished = process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS);
        if (!finished) {
            var tree = process.descendants().toList();
            process.destroyForcibly();
            tree.forEach(ProcessHandle::destroyForcibly);
            process.waitFor(1, TimeUnit.SECONDS);
        }
        reader.join(1000);
        return finished ? new Result(process.exitValue(), false, output.toString())
                        : new Result(-1, true, output.toString());
    }
}
