package dev.threadlings.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTroubleTest {

    @TempDir
    Path dir;

    private String troubleReading(Path file, Messages text) {
        try {
            Files.readString(file);
            throw new AssertionError("read " + file);
        } catch (IOException e) {
            return FileTrouble.describe(e, text);
        }
    }

    @Test
    void aMissingFileIsSaidInWordsNotAsItsPathAgain() {
        assertEquals("no such file", troubleReading(dir.resolve("Gone.java"), Messages.ENGLISH));
        assertEquals("没有这个文件", troubleReading(dir.resolve("Gone.java"), new Messages(Locale.CHINESE)));
    }

    @Test
    void bytesThatAreNotUtf8AreNamedSoNotAsADecodersInputLength() throws IOException {
        Path file = Files.write(dir.resolve("Latin1.java"), "// caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("the file is not UTF-8 text", troubleReading(file, Messages.ENGLISH));
    }

    @Test
    void aFolderGivesTheFileSystemsReason() {
        assertEquals("Is a directory", troubleReading(dir, Messages.ENGLISH));
    }
}
