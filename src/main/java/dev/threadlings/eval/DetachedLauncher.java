package dev.threadlings.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/**
 * Starts learner VMs in a session of their own (via {@code setsid}), so that Ctrl-C in the console, which the
 * terminal sends to its whole foreground process group, reaches only the console: the console then decides to
 * stop the snippet, and the VM with its variables survives. Where the system allows it, also in a PID namespace of
 * their own ({@link PidNamespace}), so that learner code cannot signal the console.
 */
final class DetachedLauncher {
    private static volatile Map<String, String> connectorArgs;

    private DetachedLauncher() {}

    /** JDI launching-connector arguments that run {@code java} through setsid; empty where that is not possible. */
    static Map<String, String> connectorArgs() {
        Map<String, String> args = connectorArgs;
        if (args == null) {
            args = create();
            connectorArgs = args;
        }
        return args;
    }

    private static Map<String, String> create() {
        Path setsid = Path.of("/usr/bin/setsid");
        if (!Files.isExecutable(setsid)) {
            setsid = Path.of("/bin/setsid");
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        if (!Files.isExecutable(setsid) || !Files.isExecutable(java)) {
            return Map.of();
        }
        try {
            // the connector runs <home>/bin/java, so a home of our own whose bin/java re-executes the real one
            Path home = TempFolders.create("java");
            // deleteOnExit deletes in the reverse order of registration: the script, then bin, then home (a VM
            // that is killed leaves them to TempFolders.sweep)
            home.toFile().deleteOnExit();
            Path bin = Files.createDirectories(home.resolve("bin"));
            bin.toFile().deleteOnExit();
            Path script = bin.resolve("java");
            // in a PID namespace of its own where the system allows it: learner code cannot signal the console
            String namespace = PidNamespace.prefix().map(p -> p + " ").orElse("");
            Files.writeString(script, "#!/bin/sh\nexec " + setsid + " " + namespace + "'" + java + "' \"$@\"\n");
            script.toFile().deleteOnExit();
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
            return Map.of("home", home.toString());
        } catch (IOException | UnsupportedOperationException e) {
            return Map.of(); // launch directly; Ctrl-C may then end the VM, which the console survives
        }
    }
}
