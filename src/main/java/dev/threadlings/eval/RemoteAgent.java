package dev.threadlings.eval;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import jdk.jshell.execution.RemoteExecutionControl;
import jdk.jshell.execution.Util;

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

    /** Starts the agent; {@code args[0]} is the console's loopback port. */
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        watchParent();
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setTcpNoDelay(true);
        InputStream in = socket.getInputStream();
        OutputStream out = socket.getOutputStream();
        Map<String, Consumer<OutputStream>> outputs = new HashMap<>();
        outputs.put("out", stream -> System.setOut(new PrintStream(stream, true, StandardCharsets.UTF_8)));
        outputs.put("err", stream -> System.setErr(new PrintStream(stream, true, StandardCharsets.UTF_8)));
        Map<String, Consumer<InputStream>> inputs = new HashMap<>();
        inputs.put("in", System::setIn);
        Util.forwardExecutionControlAndIO(new RemoteAgent(), in, out, outputs, inputs);
        // the console is gone (closed, or killed without closing us): end the VM even if learner threads still
        // run, so no orphan keeps spinning after the console exits
        Runtime.getRuntime().halt(0);
    }
}
