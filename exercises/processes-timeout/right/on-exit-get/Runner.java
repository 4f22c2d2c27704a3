import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

record Result(int exitCode, boolean timedOut, String output) { }

class Runner {
    static Result run(Duration timeout, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        ByteArrayOutputStream collected = new ByteArrayOutputStream();
        Thread reader = Thread.ofVirtual().start(() -> {
            try (InputStream in = process.getInputStream()) {
                byte[] chunk = new byte[8192];
                for (int n; (n = in.read(chunk)) > 0; ) {
                    synchronized (collected) {
                        collected.write(chunk, 0, n);
                    }
                }
            } catch (IOException ignored) {
                // the pipe broke because we killed the command: what we have is the output until then
            }
        });
        try {
            int exit = process.onExit().get(timeout.toNanos(), TimeUnit.NANOSECONDS).exitValue();
            reader.join();
            return new Result(exit, false, collected.toString());
        } catch (TimeoutException e) {
            process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
            reader.join(Duration.ofMillis(500));
            synchronized (collected) {
                return new Result(-1, true, collected.toString());
            }
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        }
    }
}
