import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

record Output(int exitCode, String stdout, String stderr) { }

class Capture {
    static Output run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).start();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread errReader = new Thread(() -> {
            try (InputStream in = process.getErrorStream()) {
                in.transferTo(err);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "stderr-reader");
        errReader.start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = process.getInputStream()) {
            in.transferTo(out);
        }
        errReader.join();         // stderr read to its end, and the join makes err's bytes visible here
        return new Output(process.waitFor(), out.toString(), err.toString());
    }
}
