package dev.threadlings.eval;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Learner code in a JShell VM cannot attach to the VM that grades it (the console; here the test VM, started with
 * the launcher's options through surefire's argLine) or to another learner VM, and cannot use Unsafe or native
 * code to read memory.
 */
class LearnerVmIsolationTest {
    private static String eval(RemoteShell shell, String expr) {
        List<Outcome> out = shell.eval(expr);
        return switch (out.getLast()) {
            case Outcome.Value v -> v.value();
            case Outcome.Thrown t -> "threw " + t.failure().headline();
            default -> out.getLast().toString();
        };
    }

    /** An expression that attaches to {@code pid} and says what happened. */
    private static String attach(long pid) {
        return """
                ((java.util.function.Supplier<String>) () -> {
                    try {
                        com.sun.tools.attach.VirtualMachine.attach("%d").detach();
                        return "attached";
                    } catch (com.sun.tools.attach.AttachNotSupportedException e) {
                        return "refused";
                    } catch (java.io.IOException e) {
                        // in a PID namespace of its own (PidNamespace) the learner VM cannot even name the VM
                        return e.getMessage().startsWith("non existent JVM pid") ? "refused" : "failed otherwise: " + e;
                    } catch (Exception e) {
                        return "failed otherwise: " + e;
                    }
                }).get()
                """.formatted(pid);
    }

    @Test
    void learnerCodeCannotAttachToTheGraderNorToAnotherLearnerVm() {
        try (RemoteShell a = RemoteShell.start(ShellOptions.to(new ByteArrayOutputStream()));
             RemoteShell b = RemoteShell.start(ShellOptions.to(new ByteArrayOutputStream()))) {
            assertEquals("\"refused\"", eval(a, attach(ProcessHandle.current().pid())), "the grading VM");
            assertEquals("\"refused\"", eval(a, attach(b.pid())), "another learner VM");
        }
    }

    /**
     * Issue 17: {@code ProcessHandle.current().parent().get().destroy()} in a snippet ended the console. In a PID
     * namespace of its own the learner VM's parent is the namespace's shell, which drops the signal, and no process
     * outside can be named.
     */
    @Test
    void learnerCodeCannotSignalNorSeeTheProcessesOutsideItsOwn() {
        assumeTrue(PidNamespace.prefix().isPresent(), "this system refuses user namespaces");
        try (RemoteShell s = RemoteShell.start(ShellOptions.to(new ByteArrayOutputStream()))) {
            s.eval("ProcessHandle.current().parent().ifPresent(ProcessHandle::destroy);");
            s.eval("ProcessHandle.current().parent().ifPresent(ProcessHandle::destroyForcibly);");
            assertEquals("42", eval(s, "6 * 7"), "the learner VM still answers");
            assertEquals("true", eval(s, "ProcessHandle.allProcesses().filter(p -> !p.equals(ProcessHandle.current()))"
                    + ".noneMatch(p -> p.info().command().orElse(\"\").endsWith(\"/java\"))"), "another Java VM is seen");
            assertEquals("false", eval(s, "ProcessHandle.allProcesses().anyMatch(p -> p.pid() == "
                    + ProcessHandle.current().pid() + ")"), "the grading VM, by its own pid");
        }
    }

    @Test
    void unsafeMemoryAccessAndNativeCallsAreRefused() {
        try (RemoteShell s = RemoteShell.start(ShellOptions.to(new ByteArrayOutputStream()))) {
            String unsafe = eval(s, """
                    ((java.util.function.Supplier<String>) () -> {
                        try {
                            var f = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
                            f.setAccessible(true);
                            var u = (sun.misc.Unsafe) f.get(null);
                            long at = u.allocateMemory(8);
                            return "read " + u.getLong(at);
                        } catch (UnsupportedOperationException e) {
                            return "refused";
                        } catch (Exception e) {
                            return "failed otherwise: " + e;
                        }
                    }).get()
                    """);
            assertEquals("\"refused\"", unsafe);
            String ffm = eval(s, """
                    ((java.util.function.Supplier<String>) () -> {
                        try {
                            java.lang.foreign.Linker.nativeLinker().defaultLookup().find("getpid").orElseThrow();
                            java.lang.foreign.MemorySegment.ofAddress(1).reinterpret(8);
                            return "native access";
                        } catch (IllegalCallerException e) {
                            return "refused";
                        } catch (Exception e) {
                            return "failed otherwise: " + e;
                        }
                    }).get()
                    """);
            assertEquals("\"refused\"", ffm);
        }
    }

    @Test
    void assertionsStayOnWhenLearnerCodeTurnsThemOff() {
        try (RemoteShell s = RemoteShell.start(ShellOptions.to(new ByteArrayOutputStream()))) {
            s.eval("class Mine {}");
            s.eval("Mine.class.getClassLoader().setDefaultAssertionStatus(false);");
            List<Outcome> later = s.eval("assert 1 > 2 : \"still on\";");
            assertTrue(later.getLast() instanceof Outcome.Thrown t && t.failure().headline().contains("still on"),
                    later.toString());
        }
    }
}
