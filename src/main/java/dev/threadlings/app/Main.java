package dev.threadlings.app;

import dev.threadlings.eval.TempFolders;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import picocli.CommandLine;

/** Entry point: {@code threadlings} opens the console; {@code threadlings list|check|…} are for scripts and CI. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // JLine draws box characters (─ │ ┌) through the terminal's alternate character set when it redraws a screen
        // (less, the pager): tmux and many emulators then show letters ("q" for ─). Read once, when JLine's
        // AttributedCharSequence loads, so it is set before any JLine class is used.
        System.setProperty("org.jline.utils.disableAlternateCharset", "true");
        TempFolders.sweepInBackground(); // what runs killed before this one left behind
        // A plain `threadlings`, as learners start it, goes straight to the console: picocli would only build its
        // model of every command by reflection to call the same method, and its classes (class file version 49) cannot
        // go into the AOT cache, so they load from the jar and are verified at every start (~0.1-0.5 s of CPU).
        if (args.length == 0) {
            System.exit(new RootCommand().call());
        }
        // System.out takes the JVM's charset, ASCII where the locale the variables name is not installed: every
        // Chinese character of sandbox, step or bench came out as "?" although the terminal reads what LANG says
        TerminalEncoding.of(System.getenv()).ifPresent(charset -> {
            System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, charset));
            System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, charset));
        });
        System.exit(commandLine().execute(args));
    }

    /**
     * The command line as scripts use it. A command that throws is a bug of threadlings, not a finding: it exits 2
     * with the message (picocli's default, 1, would read as "a check failed" to a script).
     */
    static CommandLine commandLine() {
        return commandLine(System.getenv());
    }

    /** The command line reading the locale from {@code environment} instead of the process's. */
    static CommandLine commandLine(java.util.Map<String, String> environment) {
        return new CommandLine(new RootCommand(environment))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionStrategy(HelpLanguage::execute)
                .setParameterExceptionHandler(HelpLanguage::refuse)
                .setExecutionExceptionHandler((e, command, parsed) -> {
                    command.getErr().println("threadlings: internal error: " + e);
                    for (StackTraceElement f : e.getStackTrace()) {
                        command.getErr().println("\tat " + f);
                    }
                    return 2;
                });
    }
}
