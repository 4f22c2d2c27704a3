package dev.threadlings.repl;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A history file that cannot be written is said once, in one line; the history still works in memory. */
class SavingHistoryTest {

    @Test
    void anUnwritableHistoryFileIsSaidOnceAndTheHistoryStaysInMemory(@TempDir Path tmp) throws Exception {
        Path notAFile = Files.createDirectories(tmp.resolve("history")); // a folder where the file should be
        List<String> warnings = new ArrayList<>();
        var history = new SavingHistory(warnings::add);
        try (var terminal = new DumbTerminal(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream())) {
            LineReader reader = LineReaderBuilder.builder().terminal(terminal)
                    .variable(LineReader.HISTORY_FILE, notAFile).history(history).build();
            history.attach(reader); // what readLine does first
            for (String line : List.of("1 + 1", "2 + 2", "3 + 3")) {
                reader.getHistory().add(line);
            }
            reader.getHistory().save();
        }
        assertEquals(1, warnings.size(), warnings::toString);
        assertTrue(warnings.getFirst().startsWith("history cannot be "), warnings.getFirst());
        assertTrue(warnings.getFirst().contains(notAFile.toString()), warnings.getFirst());
        assertFalse(warnings.getFirst().contains("\n"), warnings.getFirst());
        assertEquals(3, history.size());
        assertEquals("3 + 3", history.get(history.last()));
    }
}
