package dev.threadlings.eval;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Temp folders left by a process that died are swept; a live process's folders and other folders never are. */
class TempFoldersTest {

    @Test
    void onlyTheFoldersOfEndedProcessesAreSwept(@TempDir Path tmp) throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        long deadPid = ended.pid();
        long livePid = ProcessHandle.current().pid();
        Path dead = folderWithAFile(tmp, "threadlings-sandbox-" + deadPid + "-123");
        Path deadJava = folderWithAFile(tmp, "threadlings-java-" + deadPid + "-456");
        Path live = folderWithAFile(tmp, "threadlings-sandbox-" + livePid + "-789");
        Path oldUnnamed = folderWithAFile(tmp, "threadlings-java-8812345");
        Files.setLastModifiedTime(oldUnnamed, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
        Path freshUnnamed = folderWithAFile(tmp, "threadlings-java-8812346");
        Path someoneElses = folderWithAFile(tmp, "threadlings-notes-" + deadPid + "-1");

        assertEquals(3, TempFolders.sweep(tmp));

        assertFalse(Files.exists(dead));
        assertFalse(Files.exists(deadJava));
        assertFalse(Files.exists(oldUnnamed));
        assertTrue(Files.exists(live.resolve("job.txt")));
        assertTrue(Files.exists(freshUnnamed));
        assertTrue(Files.exists(someoneElses));
    }

    @Test
    void aNewFolderNamesThisProcessAndIsNotSweptWhileItLives() throws IOException {
        Path mine = TempFolders.create("sandbox");
        try {
            assertTrue(mine.getFileName().toString().startsWith("threadlings-sandbox-" + ProcessHandle.current().pid()
                    + "-"), mine.toString());
            assertFalse(TempFolders.stale(mine));
        } finally {
            TempFolders.delete(mine);
        }
        assertFalse(Files.exists(mine));
        assertThrows(IllegalArgumentException.class, () -> TempFolders.create("anything"));
    }

    private static Path folderWithAFile(Path tmp, String name) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name).resolve("bin"));
        Files.writeString(dir.getParent().resolve("job.txt"), "x");
        return dir.getParent();
    }
}
