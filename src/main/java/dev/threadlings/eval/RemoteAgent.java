package dev.threadlings.eval;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import jdk.jshell.execution.RemoteExecutionControl;
import jdk.jshell.execution.Util;
import jdk.jshell.spi.ExecutionControl.EngineTerminationException;
import jdk.jshell.spi.ExecutionControl.InternalException;
import jdk.jshell.spi.ExecutionControl.RunException;

/**
 * The main class of the VM that runs learner code. It connects back to the console with Nagle's algorithm off:
 * JShell's protocol sends several tiny messages per evaluation, and Nagle plus delayed ACKs cost ~40 ms each.
 * Only JDK classes may be used here: this class is loaded in the learner's VM.
 */
public final class RemoteAgent extends RemoteExecutionControl {

    /**
     * Ends this VM when the console that started it is gone. Closing the socket is not enough: while a snippet runs
     * (an endless loop, say) nobody reads it, and this VM runs in a session of its own, so no signal reaches it.
     */
    private static void watchParent() {
        ProcessHandle parent = ProcessHandle.current().parent().orElse(null);
        Thread watcher = new Thread(() -> {
            while (parent != null && parent.isAlive()) {
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
            Runtime.getRuntime().halt(0);
        }, "threadlings-parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** The streams the console reads; learner code may replace System.out and System.err. */
    private static volatile PrintStream consoleOut;
    private static volatile PrintStream consoleErr;

    /**
     * JShell flushes {@code System.out} after every snippet: a snippet that set it to null made that flush throw,
     * and every later result vanished without a word. The console's streams are put back, and the learner told.
     */
    @Override
    protected String invoke(Method doitMethod) throws Exception {
        try {
            return super.invoke(doitMethod);
        } finally {
            if (System.out == null && consoleOut != null) {
                System.setOut(consoleOut);
                (System.err != null ? System.err : consoleOut).println("(System.out was set to null; the console put its "
                        + "own stream back, so that results and later output can be shown)");
            }
            if (System.err == null && consoleErr != null) {
                System.setErr(consoleErr);
                System.err.println("(System.err was set to null; the console put its own stream back)");
            }
        }
    }

    /** Runs a snippet; what it printed is sent before its answer. */
    @Override
    public String invoke(String className, String methodName)
            throws RunException, InternalException, EngineTerminationException {
        try {
            return super.invoke(className, methodName);
        } finally {
            OutputHandOff.drainAll();
        }
    }

    /** Hands the host what it asks for besides running snippets: the threads that died of an exception. */
    @Override
    public Object extensionCommand(String command, Object arg) throws RunException, EngineTerminationException,
            InternalException {
        if (ThreadDeaths.COMMAND.equals(command)) {
            return ThreadDeaths.drain();
        }
        return super.extensionCommand(command, arg);
    }

    /** Starts the agent; {@code args[0]} is the console's loopback port. */
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        watchParent();
        ThreadDeaths.install();
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setTcpNoDelay(true);
        // a fixed, small send buffer (not the kernel's megabytes): an answer queues behind little output
        socket.setSendBufferSize(128 * 1024);
        InputStream in = socket.getInputStream();
        OutputStream out = socket.getOutputStream();
        Map<String, Consumer<OutputStream>> outputs = new HashMap<>();
        outputs.put("out", stream -> System.setOut(consoleOut = new PrintStream(new OutputHandOff(stream, "out"), true,
                StandardCharsets.UTF_8)));
        outputs.put("err", stream -> System.setErr(consoleErr = new PrintStream(new OutputHandOff(stream, "err"), true,
                StandardCharsets.UTF_8)));
        Map<String, Consumer<InputStream>> inputs = new HashMap<>();
        inputs.put("in", System::setIn);
        Util.forwardExecutionControlAndIO(new RemoteAgent(), in, out, outputs, inputs);
        // the console is gone (closed, or killed without closing us): end the VM even if learner threads still
        // run, so no orphan keeps spinning after the console exits
        Runtime.getRuntime().halt(0);
    }
}
