package dev.threadlings.app;

import dev.threadlings.progress.ProgressStore;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code threadlings} with no subcommand: the interactive console. */
@Command(name = "threadlings", mixinStandardHelpOptions = true, version = "threadlings 0.1.0",
        description = "A terminal course in Java concurrency. With no command, opens the console.",
        subcommands = {ListCommand.class, CheckCliCommand.class, SandboxCliCommand.class, BenchCommand.class,
                SandboxBenchCommand.class, DevCommand.class, BundleCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:a check failed", "2:could not run (bad input, no JDK, broken course)"})
public final class RootCommand implements Callable<Integer> {
    @Option(names = "--course", description = "the course folder (holds lessons/ and exercises/)")
    Path course;

    @Option(names = "--work", description = "where your exercise files live (default: work/ in the course)")
    Path work;

    @Option(names = "--state", description = "the folder for progress and history (default: $THREADLINGS_STATE, "
            + "else $XDG_STATE_HOME/threadlings, else ~/.local/state/threadlings)")
    Path state;

    @Option(names = "--no-color", description = "plain text, no colours (also: NO_COLOR=1)")
    boolean noColor;

    /** The progress file: in --state if given, else where {@link ProgressStore#defaultFile()} says. */
    Path progressFile() {
        return state != null ? state.resolve("progress.properties") : ProgressStore.defaultFile();
    }

    @Override
    public Integer call() {
        return ConsoleApp.run(this);
    }
}
