package dev.threadlings.sandbox;

import dev.threadlings.sandbox.runtime.schedule.RunningSchedule;
import dev.threadlings.sandbox.runtime.schedule.Scheduler;
import dev.threadlings.report.SandboxText;
import dev.threadlings.sandbox.runtime.ExploreSettings;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.threadlings.eval.PidNamespace;

import org.junit.jupiter.api.Test;

/**
 * Learner code runs in the explorer VM next to the scheduler and the result it reports; it must not be able to
 * forge that result, reach the sandbox's state, or attach to the VM that grades it.
 */
class SandboxIsolationTest {
    private static SandboxReport explore(String file, String text) {
        return Sandbox.explore(ProgramScenario.of(file, text), ExploreSettings.defaults().withBudget(200));
    }

    /** What a passing result looks like, with a seal line that is not one. */
    private static final String FORGED = "schedules\\t1\\nsystematic\\t1\\nexhaustive\\ttrue\\nbound\\t2\\n"
            + "strategies\\tforged\\nseconds\\t0.1\\nunmanaged\\t0\\nchoices\\t\\nseal\\t00\\n";

    /** Runtime.halt called so that the instrumenter cannot see it (a direct call is modelled as an exit). */
    private static final String HALT = """
                static void halt() throws Exception {
                    Runtime.class.getMethod("halt", int.class).invoke(Runtime.getRuntime(), 0);
                }
            """;

    /**
     * Issue 17, item 6: the explorer VM was a child of the VM that grades (the console, {@code threadlings check}),
     * so {@code ProcessHandle.current().parent().get().destroy()} under the sandbox ended it (exit 143). Where the
     * system allows it, the explorer runs in a PID namespace of its own: it has no parent and sees no process
     * outside. The assertion comes first, so that without the namespace the test fails instead of ending the test VM.
     */
    @Test
    void theProgramCannotSeeNorSignalTheVmThatGradesIt() {
        assumeTrue(PidNamespace.available(), "this system refuses user namespaces");
        SandboxReport r = explore("Parent.java", """
                public class Parent {
                    public static void main(String[] args) throws Exception {
                        Thread t = new Thread(() -> {
                            assert ProcessHandle.allProcesses().noneMatch(p -> p.pid() == %dL) : "the grader is in sight";
                            assert ProcessHandle.current().parent().isEmpty() : "a parent to signal";
                            ProcessHandle.current().parent().ifPresent(ProcessHandle::destroy);
                        });
                        t.start();
                        t.join();
                    }
                }
                """.formatted(ProcessHandle.current().pid()));
        assertFalse(r.failed(), r.toString());
        assertEquals("none", r.outcome().id(), r.toString());
    }

    @Test
    void aResultWrittenByTheProgramThenHaltIsAFailureNotAPass() {
        SandboxReport r = explore("Forge.java", """
                import java.nio.file.*;
                public class Forge {
                    public static void main(String[] args) throws Exception {
                        Path job = Path.of(System.getProperty("jdk.module.path")).getParent();
                        Files.writeString(job.resolve("result.txt"), "%s");
                        halt();
                    }
                %s
                }
                """.formatted(FORGED, HALT));
        assertEquals("exit", r.outcome().id(), r.toString());
        assertTrue(SandboxText.message(r).contains("ended the check early"), SandboxText.message(r));
    }

    @Test
    void theSealedStartMarkerCopiedAsTheResultIsNotAResult() {
        SandboxReport r = explore("Copy.java", """
                import java.nio.file.*;
                public class Copy {
                    public static void main(String[] args) throws Exception {
                        Path job = Path.of(System.getProperty("jdk.module.path")).getParent();
                        Files.copy(job.resolve("started.txt"), job.resolve("result.txt"),
                                StandardCopyOption.REPLACE_EXISTING);
                        halt();
                    }
                %s
                }
                """.formatted(HALT));
        assertEquals("exit", r.outcome().id(), r.toString());
    }

    @Test
    void reflectionIntoTheSandboxRuntimeIsRefused() {
        SandboxReport r = explore("Peek.java", """
                import java.lang.invoke.MethodHandles;
                import java.lang.reflect.*;
                public class Peek {
                    public static void main(String[] args) throws Exception {
                        int refused = 0;
                        Class<?> running = Class.forName("%s");
                        try {
                            running.getDeclaredField("scheduler").setAccessible(true);
                        } catch (InaccessibleObjectException e) {
                            refused++;
                        }
                        Class<?> scheduler = Class.forName("%s");
                        try {
                            scheduler.getDeclaredMethods()[0].setAccessible(true);
                        } catch (InaccessibleObjectException e) {
                            refused++;
                        }
                        try {
                            MethodHandles.privateLookupIn(running, MethodHandles.lookup());
                        } catch (IllegalAccessException e) {
                            refused++;
                        }
                        try { // public, but in a package the runtime does not export
                            running.getMethod("install", scheduler).invoke(null, (Object) null);
                        } catch (IllegalAccessException e) {
                            refused++;
                        }
                        throw new IllegalStateException("refused " + refused + " of 4");
                    }
                }
                """.formatted(RunningSchedule.class.getName(), Scheduler.class.getName()));
        assertEquals("exception", r.outcome().id(), r.toString());
        assertTrue(SandboxText.message(r).contains("refused 4 of 4"), SandboxText.message(r));
    }

    @Test
    void theProgramCannotAttachToTheVmThatStartedIt() {
        // by the grader's pid: in a PID namespace of its own (PidNamespace) the explorer has no parent to ask
        SandboxReport r = explore("Attach.java", """
                public class Attach {
                    public static void main(String[] args) throws Exception {
                        String grader = "%d";
                        try {
                            com.sun.tools.attach.VirtualMachine.attach(grader).detach();
                        } catch (com.sun.tools.attach.AttachNotSupportedException e) {
                            throw new IllegalStateException("refused");
                        } catch (java.io.IOException e) {
                            if (e.getMessage().startsWith("non existent JVM pid")) {
                                throw new IllegalStateException("refused: not in sight");
                            }
                            throw e;
                        }
                        throw new AssertionError("attached to " + grader);
                    }
                }
                """.formatted(ProcessHandle.current().pid()));
        assertEquals("exception", r.outcome().id(), r.toString());
        assertTrue(SandboxText.message(r).contains("refused"), SandboxText.message(r));
    }
}
