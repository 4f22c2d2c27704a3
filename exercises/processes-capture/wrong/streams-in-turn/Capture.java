import java.io.IOException;

/** What a finished command left behind. */
record Output(int exitCode, String stdout, String stderr) { }

class Capture {

    /** Runs the command, waits for it to end, and returns its exit code and everything it wrote. */
    static Output run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).start();
        String stdout = new String(process.getInputStream().readAllBytes());   // first everything on stdout,
        String stderr = new String(process.getErrorStream().readAllBytes());   // then everything on stderr
        int exitCode = process.waitFor();
        return new Output(exitCode, stdout, stderr);
    }
}
