package dev.threadlings.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the {@code threadlings} launcher script with a fake machine: fake JDK folders (a {@code release} file and a
 * {@code bin/java} that must never run), a bare PATH and HOME in a temp folder. Only the JDK search is exercised:
 * it fails with one line and status 2, or {@code THREADLINGS_DRY_RUN=1} prints the chosen JDK.
 */
class LauncherScriptTest {

    private static final Path SCRIPT = Path.of(System.getProperty("basedir", ".")).resolve("threadlings")
            .toAbsolutePath();

    @TempDir
    Path tmp;
    private Path home;
    private Path emptyBin;

    @BeforeEach
    void setUp() throws IOException {
        tmp = tmp.toRealPath(); // the script reports physical paths
        home = Files.createDirectories(tmp.resolve("home"));
        emptyBin = Files.createDirectories(tmp.resolve("bin"));
    }

    private record Run(int status, String out, String err) { }

    private Run run(Map<String, String> env) throws Exception {
        Optional<Path> bash = Arrays.stream(System.getenv("PATH").split(File.pathSeparator))
                .map(dir -> Path.of(dir, "bash")).filter(Files::isExecutable).findFirst();
        assumeTrue(bash.isPresent(), "no bash on this machine");
        var builder = new ProcessBuilder(bash.get().toString(), SCRIPT.toString()).directory(tmp.toFile());
        builder.environment().clear();
        builder.environment().put("HOME", home.toString());
        builder.environment().put("PATH", emptyBin.toString());
        builder.environment().put("THREADLINGS_JDK_SEARCH_PATH", tmp.resolve("jdks") + "/*");
        builder.environment().putAll(env);
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the script did not finish");
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** A folder that looks like a JDK to the script: only its release file and an executable bin/java. */
    private Path fakeJdk(Path dir, String version) throws IOException {
        Files.createDirectories(dir.resolve("bin"));
        Files.writeString(dir.resolve("release"), "IMPLEMENTOR=\"Fake\"\nJAVA_VERSION=\"" + version + "\"\n");
        Path java = dir.resolve("bin/java");
        Files.writeString(java, "#!/bin/sh\necho fake java must not run >&2\nexit 99\n", StandardCharsets.US_ASCII);
        assumeTrue(java.toFile().setExecutable(true), "cannot make files executable here");
        return dir;
    }

    @Test
    void withoutAJdk25ItSaysWhatItFoundInOneLineAndExits2() throws Exception {
        Path jdk17 = fakeJdk(tmp.resolve("jdk-17"), "17.0.2");
        fakeJdk(tmp.resolve("jdks/jdk-1.8"), "1.8.0_292");

        Run run = run(Map.of("PATH", jdk17.resolve("bin").toString()));

        assertEquals(2, run.status());
        assertEquals("", run.out());
        assertEquals("threadlings: needs a JDK 25 or newer; found only Java 17 (" + jdk17 + "), Java 8 ("
                + tmp.resolve("jdks/jdk-1.8") + "). Install one (e.g. apt-get install temurin-25-jdk, or sdk install"
                + " java 25-tem) or set JAVA_HOME.\n", run.err());
    }

    @Test
    void withNoJdkAtAllItSaysSo() throws Exception {
        Run run = run(Map.of());
        assertEquals(2, run.status());
        assertTrue(run.err().startsWith("threadlings: needs a JDK 25 or newer; found none. Install one"), run.err());
        assertEquals(1, run.err().lines().count());
    }

    @Test
    void findsAJdk25ByItsReleaseFileAfterSkippingOlderOnes() throws Exception {
        Path jdk17 = fakeJdk(tmp.resolve("jdk-17"), "17.0.2");
        fakeJdk(tmp.resolve("jdks/jdk-21"), "21.0.5");
        Path jdk25 = fakeJdk(tmp.resolve("jdks/jdk-25"), "25.0.1");

        Run run = run(Map.of("JAVA_HOME", jdk17.toString(), "PATH", jdk17.resolve("bin").toString(),
                "THREADLINGS_DRY_RUN", "1"));

        assertEquals(new Run(0, jdk25 + "\n", ""), run);
    }

    @Test
    void javaHomeComesFirstThenMavensToolchainCache() throws Exception {
        Path first = fakeJdk(tmp.resolve("first"), "26");
        Path cached = fakeJdk(tmp.resolve("cached"), "25.0.1");
        fakeJdk(tmp.resolve("jdks/jdk-25"), "25.0.3");
        Files.createDirectories(home.resolve(".m2"));
        Files.writeString(home.resolve(".m2/discovered-jdk-toolchains-cache.xml"), """
                <toolchains><toolchain><type>jdk</type><configuration>
                      <jdkHome>%s</jdkHome>
                </configuration></toolchain></toolchains>
                """.formatted(cached));

        var env = new HashMap<>(Map.of("THREADLINGS_DRY_RUN", "1", "JAVA_HOME", first.toString()));
        assertEquals(new Run(0, first + "\n", ""), run(env));

        env.remove("JAVA_HOME");
        assertEquals(new Run(0, cached + "\n", ""), run(env));
    }
}
