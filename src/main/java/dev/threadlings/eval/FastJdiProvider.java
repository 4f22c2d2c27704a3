package dev.threadlings.eval;

import com.sun.jdi.VirtualMachine;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jdk.jshell.execution.JdiInitiator;
import jdk.jshell.execution.Util;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * Launches the learner's VM under JDI (so a stuck snippet can be stopped or the VM killed) and talks to
 * {@link RemoteAgent} over a loopback socket with TCP_NODELAY on both ends.
 */
final class FastJdiProvider implements ExecutionControlProvider, Engine {
    private static final int CONNECT_TIMEOUT_MS = 20_000;

    private final List<String> vmOptions;
    private volatile FastJdiControl control;

    FastJdiProvider(List<String> vmOptions) {
        this.vmOptions = List.copyOf(vmOptions);
    }

    @Override
    public boolean alive() {
        FastJdiControl c = control;
        return c != null && c.alive();
    }

    @Override
    public void kill() {
        FastJdiControl c = control;
        if (c != null) {
            c.kill();
        }
    }

    @Override
    public long pid() {
        FastJdiControl c = control;
        return c == null ? -1 : c.pid();
    }

    @Override
    public String name() {
        return "threadlings-jdi";
    }

    /** The classes sent to the VM launched last, by binary name; empty before the first launch. */
    Map<String, byte[]> loadedClasses() {
        FastJdiControl c = control;
        return c == null ? Map.of() : c.loaded();
    }

    /** The control of the VM this provider launched last, or null before the first launch. */
    FastJdiControl control() {
        return control;
    }

    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) throws IOException {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            listener.setSoTimeout(CONNECT_TIMEOUT_MS);
            List<String> options = new ArrayList<>(vmOptions);
            options.addAll(env.extraRemoteVMOptions());
            JdiInitiator initiator = new JdiInitiator(listener.getLocalPort(), options, RemoteAgent.class.getName(),
                    true, null, CONNECT_TIMEOUT_MS, DetachedLauncher.connectorArgs());
            VirtualMachine vm = initiator.vm();
            Process process = initiator.process();
            Util.detectJdiExitEvent(vm, reason -> env.closeDown());
            Socket socket = listener.accept();
            socket.setTcpNoDelay(true);
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            ExecutionControl ec = Util.remoteInputOutput(in, out,
                    Map.of("out", env.userOut(), "err", env.userErr()),
                    Map.of("in", env.userIn()),
                    (objIn, objOut) -> new FastJdiControl(objOut, objIn, vm, process));
            control = (FastJdiControl) ec;
            return ec;
        }
    }
}
