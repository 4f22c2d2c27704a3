package dev.threadlings.app;

import dev.threadlings.report.Rerun;
import dev.threadlings.sandbox.ProgramScenario;
import dev.threadlings.sandbox.Sandbox;
import dev.threadlings.sandbox.SandboxReport;
import dev.threadlings.sandbox.Scenario;
import dev.threadlings.sandbox.StepSession;
import dev.threadlings.sandbox.runtime.ExploreSettings;
import dev.threadlings.sandbox.runtime.ExplorerCodec;
import dev.threadlings.step.StepLoop;
import dev.threadlings.step.SteppedSchedule;
import dev.threadlings.text.FileTrouble;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code threadlings step FILE}: be the scheduler — choose which thread runs next, step by step. */
@Command(name = "step", mixinStandardHelpOptions = true,
        description = {"Be the scheduler: run a program one step at a time, choosing which thread goes next. Each "
                + "thread shows its next step (the source line and what it will do: a read with its value, a "
                + "write, a lock, a wait); blocked threads cannot be chosen; reaching a failure (an assertion, a "
                + "deadlock and its cycle, a lost wake-up, a data race's two accesses) is said.",
                "Keys: a thread's number runs its step, a plays a step of the failing schedule, u undoes, r "
                        + "restarts, q leaves. The schedule you built is printed on leaving, for --replay.",
                "FILE is a JShell script (.jsh) or a Java source file with a main method, as for sandbox; or, with "
                        + "--exercise and --check, an exercise's explored check on your file (the command a failing "
                        + "check prints)."})
final class StepCliCommand implements Callable<Integer> {
    @picocli.CommandLine.ParentCommand
    RootCommand root;

    @Parameters(paramLabel = "FILE", arity = "0..1", descriptionKey = "file",
            description = "a .jsh script or a .java file with main")
    Path file;

    @Option(names = "--exercise", paramLabel = "ID", description = "step through an explored check of this exercise "
            + "(with --check; no FILE)")
    String exercise;

    @Option(names = "--check", paramLabel = "N", description = "with --exercise: the number of the check to step "
            + "through (from 1)")
    Integer check;

    @Option(names = "--file", paramLabel = "F", descriptionKey = "check-file", description = "with --exercise: run "
            + "the check on this file instead of your work copy")
    Path checkFile;

    @Option(names = "--replay", paramLabel = "SCHEDULE",
            description = "the schedule that a plays (a report's or a step session's); default: the sandbox looks "
                    + "for a failing one first")
    String replay;

    @Option(names = "--no-search", description = "do not look for a failing schedule first (a has nothing to play)")
    boolean noSearch;

    @Override
    public Integer call() {
        Optional<CheckStep> checked = Optional.empty();
        if (exercise != null || check != null || checkFile != null) {
            checked = CheckStep.of(root, exercise, check, checkFile, file, System.err);
            if (checked.isEmpty()) {
                return 2;
            }
        } else if (file == null) {
            System.err.println(root.messages().get("cli.step.what"));
            return 2;
        }
        Path read = checked.map(CheckStep::file).orElse(file);
        String text;
        try {
            text = Files.readString(read);
        } catch (IOException e) {
            System.err.println(root.messages().get("cli.cannot-read", read, FileTrouble.describe(e, root.messages())));
            return 2;
        }
        List<Integer> failing;
        try {
            failing = replay == null ? List.of() : ExplorerCodec.parseChoices(replay);
        } catch (NumberFormatException e) {
            System.err.println(root.messages().get("cli.replay-numbers"));
            return 2;
        }
        Scenario scenario = checked.map(c -> c.scenario(text))
                .orElseGet(() -> ProgramScenario.of(file.getFileName().toString(), text));
        Rerun.Launch launch = checked.map(CheckStep::launch).orElseGet(() -> PastedCommands.launch(root.lang));
        Function<String, Rerun> rerun = checked.<Function<String, Rerun>>map(c -> c::rerun)
                .orElseGet(() -> token -> Rerun.ofProgram(launch, file, token));
        String title = checked.map(CheckStep::title).orElseGet(() -> "threadlings step " + file.getFileName());
        AtomicReference<StepLoop> view = new AtomicReference<>();
        GraderSignals.install(System.err, root.messages(), () -> {
            StepLoop shown = view.get();
            if (shown != null) {
                shown.leave();
            }
        });
        ExploreSettings search = checked.map(CheckStep::settings).orElseGet(ExploreSettings::defaults);
        return GraderSignals.settle(stepThrough(scenario, search, failing, view, title, rerun));
    }

    private int stepThrough(Scenario scenario, ExploreSettings search, List<Integer> failing,
                            AtomicReference<StepLoop> view, String title, Function<String, Rerun> rerun) {
        if (replay == null && !noSearch) {
            System.out.println(root.messages().get("cli.step.searching"));
            SandboxReport found = Sandbox.explore(scenario, search);
            failing = found.failed() ? found.choices() : List.of();
            System.out.println(found.failed() ? root.messages().get("cli.step.found",
                    root.messages().get("sandbox.title." + found.outcome().id()), "a") : root.messages().get("cli.step.none"));
        }
        try (Terminal terminal = TerminalBuilder.builder().name("threadlings").system(true).build();
             StepSession session = StepSession.start(scenario, ExploreSettings.defaults())) {
            SteppedSchedule schedule = new SteppedSchedule(session, List.of(), failing);
            boolean color = !root.noColor && System.getenv("NO_COLOR") == null;
            view.set(new StepLoop(terminal, title, color, root.messages()));
            String token = view.get().run(schedule);
            if (token.isEmpty()) {
                System.out.println(root.messages().get("cli.step.no-steps"));
            } else {
                System.out.println(root.messages().get("cli.step.schedule", token));
                // the step view's terminal, still open, knows the width (asking for another one here printed
                // JLine's "unable to create a system terminal" and fell back to 100 columns)
                int width = terminal.getWidth() > 0 ? terminal.getWidth() : OutputWidth.of();
                rerun.apply(token).lines(width, "  ", root.messages()).forEach(l -> System.out.println(l.text()));
            }
            return 0;
        } catch (StepSession.StepException e) {
            System.err.println(root.messages().get("cli.step.could-not", title, e.getMessage()));
            e.details().forEach(d -> System.err.println("  " + d));
            return 2;
        } catch (IOException e) {
            System.err.println(root.messages().get("cli.no-terminal", e.getMessage()));
            return 2;
        }
    }
}
