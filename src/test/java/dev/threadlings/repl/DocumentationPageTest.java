package dev.threadlings.repl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlings.eval.RemoteShell;
import dev.threadlings.eval.ShellOptions;
import dev.threadlings.markdown.RenderOptions;
import java.io.OutputStream;
import java.util.List;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

/**
 * TAB TAB's page for {@code Thread.sleep(}, from a shell started and warmed up as the console's is: every
 * signature, and the javadoc JShell reads from the JDK's lib/src.zip, rendered like a lesson.
 */
class DocumentationPageTest {

    @Test
    void signaturesAndTheJdksJavadocRenderedAndWrapped() {
        try (RemoteShell shell = RemoteShell.start(ShellOptions.to(OutputStream.nullOutputStream()))) {
            shell.warmUp(); // a warm-up that left a dropped class behind made JShell find no documentation at all
            String code = "Thread.sleep(";
            List<String> page = DocumentationPage.lines(shell.analysis().documentation(code, code.length(), true),
                    new RenderOptions(60, false), 40).stream().map(AttributedString::toString).toList();
            String text = String.join("\n", page);
            for (String signature : List.of("void Thread.sleep(long millis) throws InterruptedException",
                    "void Thread.sleep(long millis, int nanos) throws InterruptedException",
                    "void Thread.sleep(Duration duration) throws InterruptedException")) {
                assertTrue(page.contains("  " + signature), text);
            }
            assertTrue(text.contains("Causes the currently executing thread to sleep"), text);
            assertTrue(page.stream().filter(l -> l.contains("Causes the")).allMatch(l -> l.length() <= 60), text);
            assertTrue(text.contains("Parameters:") && text.contains("millis — the length of time to sleep"), text);
            assertFalse(text.contains("{@code") || text.contains("<i>"), text);
        }
    }

    @Test
    void aLongPageIsCutAndSaysHowMuchIsLeft() {
        try (RemoteShell shell = RemoteShell.start(ShellOptions.to(OutputStream.nullOutputStream()))) {
            String code = "Thread.sleep(";
            List<AttributedString> page = DocumentationPage.lines(
                    shell.analysis().documentation(code, code.length(), true), new RenderOptions(60, false), 10);
            assertTrue(page.size() == 10 && page.getLast().toString().matches("\\(\\d+ more lines\\)"), page::toString);
        }
    }
}
