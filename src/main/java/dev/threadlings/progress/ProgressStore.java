package dev.threadlings.progress;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads and saves {@link Progress} in one file per user (see {@link #defaultFile()}).
 *
 * <h2>File format</h2>
 * {@link Properties} text, ASCII (other characters as {@code \}{@code uXXXX}; hand-edited UTF-8 is read too),
 * keys written in sorted order:
 * <pre>
 * format=1                      required; any other value is an unknown version
 * passed=id1,id2                exercises passed (comma-separated, may be empty)
 * failures.&lt;exercise-id&gt;=N      failed /check runs of that exercise, N ≥ 1
 * read=lesson1,lesson2          lessons read
 * current.lesson=id             empty or missing = none
 * current.exercise=id           empty or missing = none
 * </pre>
 * Anything else — a missing or unknown {@code format}, an unknown key, a bad number, an invalid id, a NUL byte,
 * bytes that are not UTF-8, more than 1 MiB — makes the file unreadable: {@link #load()} moves it aside to
 * {@code <name>.corrupt-yyyyMMdd-HHmmss} (then {@code -2}, {@code -3}, … if taken), never deleting or overwriting
 * anything, and starts from {@link Progress#empty()} with a warning.
 *
 * <p>{@link #save} writes {@code .<name>.<pid>-<n>.tmp} in the same folder, forces it to disk and renames it over
 * the file, so the file is always either the old or the new version. {@link #update} does read, change and save
 * under a lock, so two consoles never erase each other's progress. Temp files left by a process that died are
 * deleted on {@link #load()}. Instances hold no progress, only the path, and may be shared between threads.
 */
public final class ProgressStore {

    static final String FORMAT = "1";
    private static final String FAILURES = "failures.";
    /** Far above any real progress (a few KiB); anything bigger is not ours. */
    static final int MAX_BYTES = 1 << 20;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    // unique temp names within this JVM, so two threads or two stores never write the same temp file
    private static final AtomicLong TEMP_COUNTER = new AtomicLong();

    private final Path file;
    private final Clock clock;
    /** Set when the file on disk could not be read nor kept aside: saving would destroy it. */
    private volatile String refuseSaves;

    /** A store for {@code file}; nothing is read or written until {@link #load()} or {@link #save}. */
    public ProgressStore(Path file) {
        this(file, Clock.systemDefaultZone());
    }

    ProgressStore(Path file, Clock clock) {
        this.file = Objects.requireNonNull(file, "file").toAbsolutePath();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The file this store reads and writes. */
    public Path file() {
        return file;
    }

    /**
     * {@code $THREADLINGS_STATE/progress.properties} if set, else
     * {@code $XDG_STATE_HOME/threadlings/progress.properties}, else
     * {@code $HOME/.local/state/threadlings/progress.properties} ({@code user.home} when HOME is unset).
     */
    public static Path defaultFile() {
        return defaultFile(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static Path defaultFile(Map<String, String> env, Path home) {
        String state = env.get("THREADLINGS_STATE");
        if (state != null && !state.isBlank()) {
            return Path.of(state, "progress.properties");
        }
        String xdg = env.get("XDG_STATE_HOME");
        // the XDG spec says a relative value is invalid and must be ignored
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "threadlings", "progress.properties");
        }
        // $HOME as the shell has it: Java's user.home comes from the password database and ignores HOME=…
        String envHome = env.get("HOME");
        Path base = envHome != null && !envHome.isBlank() && Path.of(envHome).isAbsolute() ? Path.of(envHome) : home;
        return base.resolve(Path.of(".local", "state", "threadlings", "progress.properties"));
    }

    /**
     * Reads the file. A missing file is empty progress; an unreadable one is moved aside and reported in the
     * warning. Never throws for bad content or I/O trouble.
     */
    public LoadResult load() {
        cleanStaleTempFiles();
        byte[] bytes;
        try (var in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1); // a runaway file must not exhaust the heap
        } catch (NoSuchFileException e) {
            return new LoadResult(Progress.empty(), Optional.empty());
        } catch (IOException | RuntimeException e) {
            // not bad content but trouble reading (permissions, a folder in the way): leave it and don't overwrite it
            refuseSaves = "progress file " + display(file) + " could not be read (" + e + "); not overwriting it";
            return new LoadResult(Progress.empty(), Optional.of("could not read progress file " + display(file)
                    + " (" + e.getMessage() + "); started fresh, and progress will not be saved this session"));
        }
        try {
            return new LoadResult(parse(bytes), Optional.empty());
        } catch (Corrupt e) {
            return new LoadResult(Progress.empty(), Optional.of(keepAside(e.getMessage())));
        }
    }

    /**
     * Changes the progress on disk as one step against every other writer (another console, another thread):
     * under {@link StoreLock}, reads the file as it is now, applies {@code change} to it and replaces it, so what
     * another process saved in between is kept, not overwritten by an older copy. A file found unreadable is kept
     * aside as by {@link #load()}, and the result says so.
     *
     * @throws IOException if the lock cannot be taken or the file cannot be written
     */
    public LoadResult update(UnaryOperator<Progress> change) throws IOException {
        try (StoreLock held = StoreLock.acquire(file)) {
            LoadResult now = load();
            Progress changed = change.apply(now.progress());
            save(changed);
            return new LoadResult(changed, now.warning());
        }
    }

    /**
     * Replaces the file atomically with {@code progress}, creating its folders if needed. Only for a writer that
     * owns the file; {@link #update} is the one that keeps what other writers saved.
     *
     * @throws IOException if it cannot be written, or if {@link #load()} found an unreadable file it could not
     *                     keep aside (saving would destroy it)
     */
    public void save(Progress progress) throws IOException {
        Objects.requireNonNull(progress, "progress");
        if (refuseSaves != null) {
            throw new IOException(refuseSaves);
        }
        Path dir = file.getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve("." + file.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + TEMP_COUNTER.incrementAndGet() + ".tmp");
        try {
            try (var channel = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                var buffer = ByteBuffer.wrap(format(progress));
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                // the bytes must be on disk before the rename publishes them, or a crash could leave an empty file
                channel.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            forceDirectory(dir);
        } finally {
            try {
                Files.deleteIfExists(tmp); // gone after a successful move; after a failure it must not linger
            } catch (IOException ignored) {
                // the next load cleans it
            }
        }
    }

    static byte[] format(Progress p) {
        var props = new Properties();
        props.setProperty("format", FORMAT);
        props.setProperty("passed", String.join(",", p.passedExercises()));
        p.failedChecks().forEach((id, n) -> props.setProperty(FAILURES + id, n.toString()));
        props.setProperty("read", String.join(",", p.readLessons()));
        props.setProperty("current.lesson", p.currentLesson().orElse(""));
        props.setProperty("current.exercise", p.currentExercise().orElse(""));
        var out = new ByteArrayOutputStream();
        try {
            props.store(out, null); // ISO-8859-1 with \\uXXXX escapes: plain ASCII; keys sorted (JDK 18+)
        } catch (IOException e) {
            throw new AssertionError(e); // a ByteArrayOutputStream does not fail
        }
        String text = out.toString(StandardCharsets.ISO_8859_1);
        // store() begins with a "#<date>" line; drop it so the same progress always gives the same bytes
        text = text.substring(text.indexOf('\n') + 1);
        String nl = System.lineSeparator();
        return ("# threadlings progress; the format is in ARCHITECTURE.md, \"Progress file\"." + nl
                + "# A file that cannot be read is moved aside and progress starts fresh." + nl + text)
                .getBytes(StandardCharsets.US_ASCII);
    }

    static Progress parse(byte[] bytes) throws Corrupt {
        if (bytes.length > MAX_BYTES) {
            throw new Corrupt(0, "larger than " + MAX_BYTES / 1024 + " KiB");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new Corrupt(lineAt(bytes, i), "NUL byte");
            }
        }
        String text = decodeUtf8(bytes);
        var props = new Properties();
        try {
            props.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) { // e.g. a malformed \\uxxxx escape
            throw new Corrupt(0, String.valueOf(e.getMessage()));
        }
        String format = props.getProperty("format");
        if (format == null) {
            throw new Corrupt(0, "no format= line");
        }
        if (!format.equals(FORMAT)) {
            throw new Corrupt(lineOf(text, "format"), "unknown format version '" + format + "'");
        }
        Set<String> passed = Set.of();
        Set<String> read = Set.of();
        var failures = new TreeMap<String, Integer>();
        Optional<String> lesson = Optional.empty();
        Optional<String> exercise = Optional.empty();
        for (String key : new TreeSet<>(props.stringPropertyNames())) { // sorted: the same file, the same message
            String value = props.getProperty(key).strip();
            try {
                switch (key) {
                    case "format" -> { }
                    case "passed" -> passed = ids(value, "passed exercise");
                    case "read" -> read = ids(value, "read lesson");
                    case "current.lesson" -> lesson = optionalId(value, "current lesson");
                    case "current.exercise" -> exercise = optionalId(value, "current exercise");
                    default -> {
                        if (!key.startsWith(FAILURES)) {
                            throw new IllegalArgumentException("unknown key '" + key + "'");
                        }
                        if (!value.matches("[0-9]{1,9}") || Integer.parseInt(value) < 1) {
                            throw new IllegalArgumentException("bad number '" + value + "' for " + key);
                        }
                        failures.put(Progress.checkId(key.substring(FAILURES.length()), "failed exercise"),
                                Integer.parseInt(value));
                    }
                }
            } catch (IllegalArgumentException e) {
                throw new Corrupt(lineOf(text, key), e.getMessage());
            }
        }
        return new Progress(passed, failures, read, lesson, exercise);
    }

    private static Set<String> ids(String value, String what) {
        var ids = new TreeSet<String>();
        for (String id : value.split(",")) {
            if (!id.isBlank()) { // tolerate "a,,b" and a trailing comma from a hand edit
                ids.add(Progress.checkId(id.strip(), what));
            }
        }
        return ids;
    }

    private static Optional<String> optionalId(String value, String what) {
        return value.isEmpty() ? Optional.empty() : Optional.of(Progress.checkId(value, what));
    }

    private static String decodeUtf8(byte[] bytes) throws Corrupt {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var in = ByteBuffer.wrap(bytes);
        var out = CharBuffer.allocate(bytes.length); // UTF-8 never needs more chars than bytes
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new Corrupt(lineAt(bytes, in.position()),
                    String.format("not UTF-8 text (byte 0x%02X)", bytes[in.position()] & 0xFF));
        }
        decoder.flush(out);
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text; // an editor's byte order mark
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The 1-based line where {@code key} is set, or 0 if it cannot be told (escaped or continued keys). */
    private static int lineOf(String text, String key) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].stripLeading();
            if (line.startsWith(key) && !line.startsWith("#") && !line.startsWith("!")
                    && (line.length() == key.length() || "=: \t\f".indexOf(line.charAt(key.length())) >= 0)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Moves the unreadable file aside (or, failing that, copies it) and says what happened. */
    private String keepAside(String problem) {
        String what = "progress file " + display(file) + " was unreadable (" + problem + ")";
        String stamp = STAMP.format(LocalDateTime.now(clock));
        IOException moveFailure;
        try {
            Path kept = freeName(stamp, target -> Files.move(file, target));
            return what + "; kept it as " + display(kept) + " and started fresh";
        } catch (IOException e) {
            moveFailure = e;
        }
        try { // a rename can be refused where a copy is not (on Windows, while another program has the file open)
            Path kept = freeName(stamp, target -> Files.copy(file, target));
            return what + "; kept a copy as " + display(kept) + " and started fresh";
        } catch (IOException e) {
            moveFailure.addSuppressed(e);
        }
        refuseSaves = "progress file " + display(file)
                + " is unreadable and could not be kept aside; not overwriting it";
        return what + " and could not be kept aside (" + moveFailure.getMessage()
                + "); started fresh, and progress will not be saved this session";
    }

    private interface PathAction {
        void apply(Path target) throws IOException;
    }

    /** Applies {@code action} to the first {@code .corrupt-} name that does not exist yet; never overwrites. */
    private Path freeName(String stamp, PathAction action) throws IOException {
        String base = file.getFileName() + ".corrupt-" + stamp;
        for (int n = 1; ; n++) {
            Path target = file.resolveSibling(n == 1 ? base : base + "-" + n);
            try {
                action.apply(target); // move and copy without REPLACE_EXISTING fail if the target exists
                return target;
            } catch (FileAlreadyExistsException e) {
                if (n >= 1000) {
                    throw e;
                }
            }
        }
    }

    /** Deletes temp files of earlier saves whose process is gone; a live process may still be writing its own. */
    private void cleanStaleTempFiles() {
        Pattern temp = Pattern.compile(Pattern.quote("." + file.getFileName() + ".") + "(\\d{1,18})-\\d+\\.tmp");
        long self = ProcessHandle.current().pid();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(file.getParent(),
                "." + file.getFileName() + ".*.tmp")) {
            for (Path entry : entries) {
                Matcher m = temp.matcher(entry.getFileName().toString());
                if (m.matches()) {
                    long pid = Long.parseLong(m.group(1));
                    boolean alive = pid == self || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
                    if (!alive) {
                        Files.deleteIfExists(entry);
                    }
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // no folder yet, or one we cannot list: nothing to clean, and loading must not fail for it
        }
    }

    /** Makes the rename itself durable; not every platform can open a folder, which is fine there. */
    private static void forceDirectory(Path dir) {
        try (var channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException ignored) {
            // best effort: the file content is already safe, only the rename might be lost on a power cut
        }
    }

    private static String display(Path path) {
        // ~ is the learner's $HOME, the one the state folder was found under (user.home ignores HOME=…)
        String env = System.getenv("HOME");
        Path home = Path.of(env != null && !env.isBlank() ? env : System.getProperty("user.home", "/")).toAbsolutePath();
        return path.startsWith(home) && !path.equals(home)
                ? "~/" + home.relativize(path).toString().replace('\\', '/')
                : path.toString();
    }

    /** Why a file cannot be used; the message starts with "line N: " when the line is known. */
    static final class Corrupt extends Exception {
        private static final long serialVersionUID = 1L;

        Corrupt(int line, String message) {
            super(line > 0 ? "line " + line + ": " + message : message, null, false, false);
        }
    }
}
