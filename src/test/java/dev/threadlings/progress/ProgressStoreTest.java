package dev.threadlings.progress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProgressStoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:15:00Z"), ZoneOffset.UTC);
    private static final String KEPT = "progress.properties.corrupt-20261122-101500";

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("progress.properties");
    }

    private ProgressStore store() {
        return new ProgressStore(file(), CLOCK);
    }

    private static Progress sample() {
        return Progress.empty().withPassed("threads-join").withPassed("thread-2").withFailure("counter")
                .withFailure("counter").withFailure("latch").withRead("threads").withRead("why-concurrency")
                .withCurrentLesson("locks").withCurrentExercise("counter");
    }

    @Test
    void roundTrip() throws IOException {
        store().save(sample());
        LoadResult result = store().load();
        assertEquals(sample(), result.progress());
        assertEquals(Optional.empty(), result.warning());
    }

    @Test
    void fileHasTheDocumentedKeysAndIsStable() throws IOException {
        store().save(sample());
        byte[] first = Files.readAllBytes(file());
        List<String> lines = Files.readAllLines(file(), StandardCharsets.US_ASCII);
        assertTrue(lines.containsAll(List.of("format=1", "passed=thread-2,threads-join", "failures.counter=2",
                "failures.latch=1", "read=threads,why-concurrency", "current.lesson=locks",
                "current.exercise=counter")), lines::toString);

        store().save(sample());
        assertArrayEquals(first, Files.readAllBytes(file()), "the same progress gives the same bytes");

        store().save(Progress.empty());
        assertTrue(Files.readAllLines(file()).containsAll(List.of("passed=", "current.lesson=")));
        assertEquals(Progress.empty(), store().load().progress());
    }

    @Test
    void missingFileIsEmptyAndCreatesNothing() {
        LoadResult result = store().load();
        assertEquals(Progress.empty(), result.progress());
        assertEquals(Optional.empty(), result.warning());
        assertFalse(Files.exists(file()));
    }

    @Test
    void corruptFileIsKeptAsideByteForByte() throws IOException {
        byte[] garbage = {'f', 'o', 'r', 'm', 'a', 't', '=', '1', '\n', 'p', 'a', 's', 's', 'e', 'd', '=', 0, -1, '\n'};
        Files.write(file(), garbage);

        LoadResult result = store().load();

        Path kept = dir.resolve(KEPT);
        assertEquals(Progress.empty(), result.progress());
        assertFalse(Files.exists(file()));
        assertArrayEquals(garbage, Files.readAllBytes(kept));
        String warning = result.warning().orElseThrow();
        assertTrue(warning.contains(file().toString()), warning);
        assertTrue(warning.contains(kept.toString()), warning);
        assertTrue(warning.contains("line 2: NUL byte"), warning);

        store().save(sample()); // starting fresh works
        assertEquals(sample(), store().load().progress());
    }

    @Test
    void anExistingCorruptCopyIsNeverOverwritten() throws IOException {
        Files.writeString(file(), "first");
        store().load();
        Files.writeString(file(), "second");
        String warning = store().load().warning().orElseThrow();

        assertEquals("first", Files.readString(dir.resolve(KEPT)));
        assertEquals("second", Files.readString(dir.resolve(KEPT + "-2")));
        assertTrue(warning.contains(KEPT + "-2"), warning);
    }

    @Test
    void unknownFormatVersionIsKeptAside() throws IOException {
        Files.writeString(file(), "# from the future\nformat=2\npassed=a\n");
        LoadResult result = store().load();
        assertEquals(Progress.empty(), result.progress());
        assertTrue(result.warning().orElseThrow().contains("line 2: unknown format version '2'"),
                result.warning()::orElseThrow);
        assertEquals("# from the future\nformat=2\npassed=a\n", Files.readString(dir.resolve(KEPT)));
    }

    static Stream<Arguments> corruptContents() {
        return Stream.of(
                Arguments.of("", "no format= line"),
                Arguments.of("passed=a\n", "no format= line"),
                Arguments.of("format=1\nfailures.a=x\n", "line 2: bad number 'x' for failures.a"),
                Arguments.of("format=1\nfailures.a=-3\n", "line 2: bad number '-3' for failures.a"),
                Arguments.of("format=1\nfailures.a=0\n", "line 2: bad number '0' for failures.a"),
                Arguments.of("format=1\nfailures.a=99999999999\n", "line 2: bad number"),
                Arguments.of("format=1\nwhat=ever\n", "line 2: unknown key 'what'"),
                Arguments.of("format=1\ncurrent.lesson=a b\n", "line 2: current lesson id 'a b'"),
                // ids are the course's ids: a number, a bracketed list, a non-ASCII word is a hand edit gone wrong
                Arguments.of("format=1\npassed=42,true\n", "line 2: passed exercise id '42' is not an id"),
                Arguments.of("format=1\nread=[threads]\n", "line 2: read lesson id '[threads]' is not an id"),
                Arguments.of("format=1\nread=tr\\u00e5d\n", "line 2: read lesson id 'tr\u00e5d' is not an id"),
                Arguments.of("format=1\npassed=\\uZZZZ\n", "Malformed"),
                Arguments.of("format=1\n\npassed=\u00ff\u00fe\n", "line 3: not UTF-8 text"));
    }

    @ParameterizedTest
    @MethodSource("corruptContents")
    void badContentIsKeptAsideWithAReason(String content, String reason) throws IOException {
        // ISO-8859-1 so the last case gets bytes that are not UTF-8
        Files.writeString(file(), content, StandardCharsets.ISO_8859_1);
        LoadResult result = store().load();
        assertEquals(Progress.empty(), result.progress());
        assertTrue(result.warning().orElseThrow().contains(reason), result.warning()::orElseThrow);
        assertEquals(content, Files.readString(dir.resolve(KEPT), StandardCharsets.ISO_8859_1));
    }

    @Test
    void aHugeFileIsKeptAsideWithoutReadingItAll() throws IOException {
        byte[] huge = new byte[ProgressStore.MAX_BYTES + 10];
        Arrays.fill(huge, (byte) '#');
        Files.write(file(), huge);
        assertTrue(store().load().warning().orElseThrow().contains("larger than 1024 KiB"));
        assertArrayEquals(huge, Files.readAllBytes(dir.resolve(KEPT)));
    }

    @Test
    void handEditedFileIsRead() throws IOException {
        Files.writeString(file(), "\uFEFFformat = 1\npassed = a, b,\nread=threads\ncurrent.exercise=\n",
                StandardCharsets.UTF_8);
        LoadResult result = store().load();
        assertEquals(Optional.empty(), result.warning());
        assertEquals(Progress.empty().withPassed("a").withPassed("b").withRead("threads"), result.progress());
    }

    @Test
    void interruptedWriteLeavesTheOldFileAndItsTempFileIsCleaned() throws IOException {
        store().save(sample());
        byte[] before = Files.readAllBytes(file());
        // what a process killed mid-save leaves: a half-written temp file (no live process has this pid)
        Path leftover = dir.resolve(".progress.properties.999999999-1.tmp");
        Files.writeString(leftover, "format=1\npassed=half");
        // one of a save in progress in this very JVM must stay
        Path ours = dir.resolve(".progress.properties." + ProcessHandle.current().pid() + "-7.tmp");
        Files.writeString(ours, "in progress");
        Path unrelated = dir.resolve(".progress.properties.notes.tmp");
        Files.writeString(unrelated, "not ours");

        LoadResult result = store().load();

        assertEquals(sample(), result.progress());
        assertEquals(Optional.empty(), result.warning());
        assertArrayEquals(before, Files.readAllBytes(file()));
        assertFalse(Files.exists(leftover));
        assertTrue(Files.exists(ours));
        assertTrue(Files.exists(unrelated));
    }

    @Test
    void saveLeavesNoTempFileBehind() throws IOException {
        store().save(sample());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file()), files.toList());
        }
    }

    @Test
    void saveCreatesParentFolders() throws IOException {
        Path deep = dir.resolve("a/b/c/progress.properties");
        new ProgressStore(deep).save(sample());
        assertEquals(sample(), new ProgressStore(deep).load().progress());
    }

    @Test
    void aFileThatCannotBeReadIsNeitherMovedNorOverwritten() throws IOException {
        Files.createDirectories(file()); // reading a folder fails with an I/O error, not bad content
        ProgressStore store = store();
        LoadResult result = store.load();
        assertEquals(Progress.empty(), result.progress());
        assertTrue(result.warning().orElseThrow().contains("will not be saved"), result.warning()::orElseThrow);
        assertThrows(IOException.class, () -> store.save(sample()));
        assertTrue(Files.isDirectory(file()));
    }

    @Test
    void defaultFileResolution() {
        Path home = Path.of("/home/ada");
        assertEquals(Path.of("/s/progress.properties"),
                ProgressStore.defaultFile(Map.of("THREADLINGS_STATE", "/s", "XDG_STATE_HOME", "/x"), home));
        assertEquals(Path.of("/x/threadlings/progress.properties"),
                ProgressStore.defaultFile(Map.of("XDG_STATE_HOME", "/x", "THREADLINGS_STATE", ""), home));
        assertEquals(Path.of("/home/ada/.local/state/threadlings/progress.properties"),
                ProgressStore.defaultFile(Map.of("XDG_STATE_HOME", "relative/is/ignored"), home));
        assertEquals(Path.of("/home/ada/.local/state/threadlings/progress.properties"),
                ProgressStore.defaultFile(Map.of(), home));
        // HOME wins over user.home (which Java takes from the password database); a relative one is no home
        assertEquals(Path.of("/tmp/h/.local/state/threadlings/progress.properties"),
                ProgressStore.defaultFile(Map.of("HOME", "/tmp/h"), home));
        assertEquals(Path.of("/home/ada/.local/state/threadlings/progress.properties"),
                ProgressStore.defaultFile(Map.of("HOME", "rel"), home));
        assertTrue(ProgressStore.defaultFile().isAbsolute() || System.getenv("THREADLINGS_STATE") != null);
    }
}
