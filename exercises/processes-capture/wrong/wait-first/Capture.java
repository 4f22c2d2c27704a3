import java.io.IOException;

// A plausible mistake: wait for the child to finish, then read what it wrote.
/** What a finished command left behind. */
record Output(int exitCode, String stdout, String stderr) { }

class Capture {

    /** Runs the command, waits for it to end, and returns its exit code and everything it wrote. */
    static Output run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).start();
        int exitCode = process.waitFor();                 // wait first, read afterwards
        String stdout = new String(process.getInputStream().readAllBytes());
        String stderr = new String(process.getErrorStream().readAllBytes());
        return new Output(exitCode, stdout, stderr);
    }
}
