package dev.threadlings.app;

import dev.threadlings.report.Rerun;
import dev.threadlings.report.SandboxJson;
import dev.threadlings.report.SandboxText;
import dev.threadlings.report.Styled;
import dev.threadlings.sandbox.ProgramScenario;
import dev.threadlings.sandbox.Sandbox;
import dev.threadlings.sandbox.SandboxReport;
import dev.threadlings.sandbox.runtime.ExploreSettings;
import dev.threadlings.sandbox.runtime.ExplorerCodec;
import dev.threadlings.sandbox.runtime.Search;
import dev.threadlings.text.FileTrouble;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code threadlings sandbox FILE}: explore a program's thread schedules and report the first failing one. */
@Command(name = "sandbox", mixinStandardHelpOptions = true,
        description = {"Run a program under the concurrency sandbox: many thread schedules, one thread at a time, "
                + "until one fails (an uncaught exception or assertion, a deadlock, a lost wake-up, a hang, "
                + "System.exit) or the budget is spent.",
                "FILE is a JShell script (.jsh) or a Java source file with a main method (a package line is "
                        + "ignored). Assertions are enabled.",
                "Exit code 0: nothing found; 1: a failure found; 2: could not check (compile errors are shown at "
                        + "file:line; a call the sandbox does not model, or an internal error, is named)."})
final class SandboxCliCommand implements Callable<Integer> {
    @picocli.CommandLine.ParentCommand
    RootCommand root;

    @Parameters(paramLabel = "FILE", descriptionKey = "file", description = "a .jsh script or a .java file with main")
    Path file;

    @Option(names = "--budget", description = "most schedules to try (default ${DEFAULT-VALUE})")
    int budget = ExploreSettings.DEFAULT_BUDGET;

    @Option(names = "--seconds", description = "most seconds to explore (default ${DEFAULT-VALUE})")
    int seconds = ExploreSettings.DEFAULT_SECONDS;

    @Option(names = "--strategy", description = "auto, dfs, pct or random; or free: one run on real threads at full "
            + "speed that looks for data races only, for programs too big to explore (default ${DEFAULT-VALUE})")
    String strategy = "auto";

    @Option(names = "--seed", description = "seed for PCT and random walks (default ${DEFAULT-VALUE})")
    long seed = ExploreSettings.DEFAULT_SEED;

    @Option(names = "--bound", description = "preemption bound of the systematic search (default ${DEFAULT-VALUE})")
    int bound = ExploreSettings.DEFAULT_BOUND;

    @Option(names = "--replay", paramLabel = "SCHEDULE", description = "replay one schedule printed by a report")
    String replay;

    @Option(names = "--no-races", description = "do not look for data races (happens-before detection)")
    boolean noRaces;

    @Option(names = "--json", description = "machine-readable report on standard output")
    boolean json;

    @Override
    public Integer call() {
        Optional<Search> search = Search.of(strategy);
        if (search.isEmpty()) {
            System.err.println(root.messages().get("cli.unknown-strategy", strategy,
                    dev.threadlings.course.Suggestions.closest(strategy,
                            Arrays.stream(Search.values()).map(Search::id).toList())
                            .map(near -> root.messages().get("choice.did-you-mean", near)).orElse(""), Search.choices()));
            return 2;
        }
        if (search.get() == Search.FREE && replay != null) {
            System.err.println(root.messages().get("cli.free-no-replay"));
            return 2;
        }
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            System.err.println(root.messages().get("cli.cannot-read", file, FileTrouble.describe(e, root.messages())));
            return 2;
        }
        ExploreSettings settings = ExploreSettings.defaults().withSearch(search.get()).withBudget(budget)
                .withSeconds(seconds).withSeed(seed).withBound(bound).withRaces(!noRaces);
        if (replay != null) {
            List<Integer> choices;
            try {
                choices = ExplorerCodec.parseChoices(replay);
            } catch (NumberFormatException e) {
                System.err.println(root.messages().get("cli.replay-numbers"));
                return 2;
            }
            settings = settings.withReplay(choices);
        }
        GraderSignals.install(System.err, root.messages());
        SandboxReport r = Sandbox.explore(ProgramScenario.of(file.getFileName().toString(), text), settings);
        String shown;
        try {
            shown = show(r);
        } catch (RuntimeException e) { // a report that cannot be shown is the sandbox's failure, not the program's
            r = SandboxReport.internalError(e);
            shown = show(r);
        }
        System.out.println(shown);
        return GraderSignals.settle(r.outcome().kind().exitCode);
    }

    private String show(SandboxReport r) {
        Rerun.Launch launch = PastedCommands.launch(root.lang);
        java.util.function.Function<String, Optional<Rerun>> rerun = token -> Optional.of(Rerun.ofProgram(launch,
                file, token));
        if (json) {
            return SandboxJson.of(r, root.messages(), rerun); // keys and ids stable, what people read in --lang
        }
        return String.join("\n", SandboxText.describe(r, OutputWidth.of(), rerun, root.messages()).stream()
                .map(Styled::text).toList());
    }
}
