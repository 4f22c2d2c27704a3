// expect: not-modelled
// lines: 21
// about: a correct hand-off through PipedInputStream/PipedOutputStream, which the sandbox does not model: it must say it could not check this (exit 2), never blame the program (a pipe's read blocks inside the JDK)
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;

public class PipedStreamNotModelled {
    public static void main(String[] args) throws IOException, InterruptedException {
        PipedInputStream in = new PipedInputStream();
        PipedOutputStream out = new PipedOutputStream(in);
        Thread writer = new Thread(() -> {
            try (out) {
                out.write(42);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        writer.start();
        int read = in.read();
        writer.join();
        assert read == 42 : "the pipe gave " + read;
    }
}
