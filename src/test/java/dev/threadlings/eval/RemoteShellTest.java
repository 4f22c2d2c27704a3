package dev.threadlings.eval;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RemoteShellTest {
    static final ByteArrayOutputStream OUT = new ByteArrayOutputStream();
    static RemoteShell shell;

    @BeforeAll
    static void start() {
        shell = RemoteShell.start(ShellOptions.to(OUT));
    }

    @AfterAll
    static void close() {
        shell.close();
    }

    @Test
    void valuesAndDeclarations() {
        List<Outcome> o = shell.eval("int x = 40 + 2; x * 2");
        assertEquals(2, o.size());
        var v = assertInstanceOf(Outcome.Value.class, o.get(0));
        assertEquals("x", v.name());
        assertEquals("42", v.value());
        var e = assertInstanceOf(Outcome.Value.class, o.get(1));
        assertEquals("84", e.value());
        var d = assertInstanceOf(Outcome.Declared.class, shell.evalOne("class Counter { int n; void inc() { n++; } }"));
        assertEquals("class", d.kind());
        assertEquals("Counter", d.name());
    }

    @Test
    void defaultImportsArePresent() {
        var v = assertInstanceOf(Outcome.Value.class, shell.evalOne("new AtomicInteger(7).incrementAndGet()"));
        assertEquals("8", v.value());
    }

    @Test
    void compileErrorHasPosition() {
        var c = assertInstanceOf(Outcome.CompileError.class, shell.evalOne("int y = \"no\";"));
        assertTrue(c.diagnostics().getFirst().message().contains("incompatible types"), c.toString());
        assertEquals(8, c.diagnostics().getFirst().start());
    }

    @Test
    void exceptionFramesHideWrappers() {
        shell.evalOne("class Boom { static void go() { throw new IllegalStateException(\"boom\"); } }");
        var t = assertInstanceOf(Outcome.Thrown.class, shell.evalOne("Boom.go()"));
        assertEquals("java.lang.IllegalStateException", t.failure().exceptionClass());
        assertEquals("Boom.go", t.failure().frames().getFirst().where());
        assertEquals("", t.failure().frames().getLast().where());
    }

    @Test
    void outputReachesTheRouteBeforeTheResult() {
        OUT.reset();
        shell.evalOne("System.out.println(\"hello from the VM\")");
        assertTrue(OUT.toString(StandardCharsets.UTF_8).contains("hello from the VM"));
    }

    @Test
    void stopEndsAnInfiniteLoop() throws Exception {
        // asks until the loop is over: on a loaded machine the first ask can come before the snippet runs
        java.util.concurrent.atomic.AtomicBoolean over = new java.util.concurrent.atomic.AtomicBoolean();
        Thread stopper = Thread.ofPlatform().start(() -> {
            while (!over.get()) {
                sleep(500);
                shell.stop();
            }
        });
        Outcome o = shell.evalOne("while (true) { Math.sqrt(2); }");
        over.set(true);
        stopper.join();
        assertInstanceOf(Outcome.Stopped.class, o);
        assertInstanceOf(Outcome.Value.class, shell.evalOne("1 + 1"));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void systemExitLosesTheVmButNotTheHost() {
        try (RemoteShell s = RemoteShell.start(ShellOptions.to(new ByteArrayOutputStream()))) {
            Outcome o = s.evalOne("System.exit(3)");
            assertInstanceOf(Outcome.VmLost.class, o);
            assertFalse(s.alive());
        }
    }

    /** StructuredTaskScope is a preview API in JDK 25: it runs only in a shell with preview features on. */
    @Test
    void previewApisNeedThePreviewFlag() {
        String snippet = """
                try (var scope = StructuredTaskScope.open()) {
                    var a = scope.fork(() -> 20);
                    var b = scope.fork(() -> 22);
                    scope.join();
                    System.out.println("sum " + (a.get() + b.get()));
                }""";
        var without = assertInstanceOf(Outcome.CompileError.class, shell.evalOne(snippet));
        assertTrue(without.diagnostics().getFirst().message().contains("preview"), without.toString());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RemoteShell preview = RemoteShell.start(ShellOptions.to(out).withPreview(true))) {
            Outcome o = preview.evalOne(snippet);
            assertFalse(o.failed(), o.toString());
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("sum 42"), out::toString);
        }
    }
}
