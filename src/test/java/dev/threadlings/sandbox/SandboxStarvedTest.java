package dev.threadlings.sandbox;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.threadlings.report.SandboxText;
import dev.threadlings.report.Styled;
import dev.threadlings.sandbox.runtime.ExploreSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * On a loaded machine the explorer VM can wait seconds for a core. That must never turn into a verdict: here the VM
 * is stopped (SIGSTOP) for eleven seconds — longer than any wall-clock limit the explorer ever had — just after its
 * first schedule started, while a correct program's thread computes in local variables (no scheduling point for
 * a second or two of CPU). A wall clock called that silence a hang ("a thread loops forever", before this test); the
 * explorer must see a thread that got no CPU, and wait. It runs with the correct corpus programs, in CI's second
 * command (it takes the eleven seconds, stopped, on top of a sandbox run).
 */
@Isolated // the VM it stops must be the one it started
@EnabledIfSystemProperty(named = "corpus.full", matches = "true", disabledReason = SandboxStarvedTest.COMMAND)
class SandboxStarvedTest {
    static final String COMMAND = "run with: mvn -B test -Dtest=SandboxStarvedTest -Dcorpus.full=true";
    private static final Path PROGRAM = Path.of("src/test/resources/sandbox/starved/LongLocalLoop.java");

    @Test
    void aStarvedExplorerAccusesNoCorrectProgram() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "stopping a VM's threads needs Linux's /proc");
        SandboxReport r;
        try (Starver starver = new Starver()) {
            r = Sandbox.explore(ProgramScenario.of(PROGRAM.getFileName().toString(), Files.readString(PROGRAM)),
                    ExploreSettings.defaults().withBudget(1).withSeconds(600));
            assertEquals(1, starver.stops(), "the explorer VM was stopped while it explored");
        }
        SandboxReport shown = r;
        assertEquals("none", r.outcome().id(), () -> SandboxText.describe(shown, 120, "").stream().map(Styled::text)
                .collect(Collectors.joining("\n")));
    }

    /** Stops the explorer VM this test starts once, for eleven seconds, as soon as its first schedule runs. */
    private static final class Starver implements AutoCloseable {
        private final AtomicInteger stops = new AtomicInteger();
        private volatile long stopped = -1;
        private final Thread thread = Thread.ofPlatform().daemon().name("starver").start(this::run);

        int stops() {
            return stops.get();
        }

        private void run() {
            try {
                ProcessHandle vm = explorerVm();
                while (!schedulesRun(vm)) {
                    Thread.sleep(5);
                }
                if (vm.isAlive()) {
                    stopped = vm.pid();
                    signal("-STOP", vm.pid());
                    stops.incrementAndGet();
                    Thread.sleep(11_000);
                    signal("-CONT", vm.pid());
                    stopped = -1;
                }
            } catch (InterruptedException | IOException e) {
                // the test is over
            }
        }

        /** The explorer VM: a java process among this VM's descendants that runs the sandbox runtime's module. */
        private static ProcessHandle explorerVm() throws InterruptedException {
            while (true) {
                Optional<ProcessHandle> vm = ProcessHandle.current().descendants() // (a PID namespace's wrapper too)
                        .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
                        .filter(p -> p.info().arguments().map(a -> Arrays.asList(a).contains(RuntimeModule.NAME))
                                .orElse(false)).findFirst();
                if (vm.isPresent()) {
                    return vm.get();
                }
                Thread.sleep(5);
            }
        }

        /** True once the VM has a carrier thread for virtual threads: a schedule runs (each starts on one). */
        private static boolean schedulesRun(ProcessHandle vm) throws IOException {
            Path tasks = Path.of("/proc", Long.toString(vm.pid()), "task");
            if (!vm.isAlive() || !Files.isDirectory(tasks)) {
                return !vm.isAlive();
            }
            try (Stream<Path> list = Files.list(tasks)) {
                return list.anyMatch(t -> {
                    try {
                        return Files.readString(t.resolve("comm")).startsWith("ForkJoinPool-");
                    } catch (IOException e) {
                        return false; // the thread ended
                    }
                });
            } catch (IOException e) {
                return !vm.isAlive();
            }
        }

        private static void signal(String signal, long pid) throws IOException, InterruptedException {
            new ProcessBuilder("kill", signal, Long.toString(pid)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        }

        @Override
        public void close() throws Exception {
            thread.interrupt();
            thread.join();
            long pid = stopped;
            if (pid > 0) {
                signal("-CONT", pid);
            }
        }
    }
}
