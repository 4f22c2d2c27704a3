import java.io.IOException;

// A plausible mistake: no more deadlock, but stderr now ends up in stdout.
/** What a finished command left behind. */
record Output(int exitCode, String stdout, String stderr) { }

class Capture {

    /** Runs the command, waits for it to end, and returns its exit code and everything it wrote. */
    static Output run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();   // one pipe only
        String stdout = new String(process.getInputStream().readAllBytes());
        String stderr = new String(process.getErrorStream().readAllBytes());
        return new Output(process.waitFor(), stdout, stderr);
    }
}
