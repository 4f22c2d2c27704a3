package dev.threadlings.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A learner thread that dies of an exception: its trace names the learner's snippets, not JShell's wrappers. */
class ThreadStackTraceTest {
    @Test
    void theConsoleNamesADyingThreadsFramesBySnippet() {
        var out = new ByteArrayOutputStream();
        try (ShellSupervisor shell = new ShellSupervisor(ShellOptions.to(out))) {
            shell.eval("class Boom {\n  void go() {\n    Object o = null;\n    o.hashCode();\n  }\n}");
            shell.eval("Thread t = new Thread(() -> new Boom().go()); t.start(); t.join();");
            String err = out.toString(StandardCharsets.UTF_8);
            assertTrue(err.contains("because \"o\" is null"), err);
            assertTrue(err.matches("(?s).*\\tat Boom\\.go \\(#\\d+:4\\)\\R.*"), err);
            assertFalse(err.contains("$JShell$") || err.contains("REPL."), err);
        }
    }

    @Test
    void outputThatIsNotAFramePassesAtOnceAndAFrameWaitsForItsLine() throws IOException {
        var out = new ByteArrayOutputStream();
        var stream = new StackFrameStream(out, text -> text.replace("$JShell$1", "Named"));
        stream.write("> ".getBytes(StandardCharsets.UTF_8));
        stream.flush();
        assertTrue(out.toString(StandardCharsets.UTF_8).equals("> "), "a prompt without a newline is not held back");
        stream.write("\tat $JShell$".getBytes(StandardCharsets.UTF_8));
        stream.flush();
        stream.write("1.go\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).equals("> \tat Named.go\n"), out.toString());
    }
}
