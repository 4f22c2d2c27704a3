package dev.threadlings.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * An execution engine that runs nothing: it keeps the class files JShell compiles and the order in which JShell
 * asks to run snippets. The sandbox uses it to turn learner code into classes it instruments and re-runs, without
 * executing a single statement on the way.
 */
public final class CapturingControl implements ExecutionControl, Engine {
    private final Map<String, byte[]> classes = new LinkedHashMap<>();
    private final List<String[]> invocations = new ArrayList<>();

    /** Class files by binary name ({@code REPL.$JShell$12$Counter}), in load order. */
    public Map<String, byte[]> classes() {
        return Collections.unmodifiableMap(classes);
    }

    /** The calls JShell made to run snippets: {class name, method name}, in order. */
    public List<String[]> invocations() {
        return Collections.unmodifiableList(invocations);
    }

    /** Forgets the calls recorded so far (the classes stay). */
    public void clearInvocations() {
        invocations.clear();
    }

    ExecutionControlProvider provider() {
        return new ExecutionControlProvider() {
            @Override
            public String name() {
                return "threadlings-capture";
            }

            @Override
            public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
                return CapturingControl.this;
            }
        };
    }

    @Override
    public void load(ClassBytecodes[] cbcs) {
        for (ClassBytecodes c : cbcs) {
            classes.put(c.name(), c.bytecodes());
        }
    }

    @Override
    public void redefine(ClassBytecodes[] cbcs) {
        load(cbcs);
    }

    @Override
    public String invoke(String className, String methodName) {
        invocations.add(new String[] {className, methodName});
        return "";
    }

    @Override
    public String varValue(String className, String varName) {
        return "";
    }

    @Override
    public void addToClasspath(String path) {
    }

    @Override
    public void stop() {
    }

    @Override
    public Object extensionCommand(String command, Object arg) throws NotImplementedException {
        throw new NotImplementedException(command);
    }

    @Override
    public void close() {
    }

    @Override
    public boolean alive() {
        return true;
    }

    @Override
    public void kill() {
    }

    @Override
    public long pid() {
        return -1;
    }
}
