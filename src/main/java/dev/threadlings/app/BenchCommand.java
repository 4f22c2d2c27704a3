package dev.threadlings.app;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.threadlings.bench.Bench;
import dev.threadlings.bench.BenchReport;
import dev.threadlings.bench.BenchResult;
import dev.threadlings.bench.CheckComparison;
import dev.threadlings.bench.Target;
import dev.threadlings.course.Course;
import dev.threadlings.course.Exercise;
import dev.threadlings.course.ExploreExpectation;
import dev.threadlings.eval.TempFolders;
import dev.threadlings.text.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code threadlings bench}: how long a learner waits for the prompt and for a result, against the stock jshell of
 * the same JDK, measured in one invocation with the two interleaved. Drives the launcher script itself over pipes,
 * so the figure includes the script, the JVM start and the class data archive, as a learner gets them.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure launch → prompt and warm eval latency against the JDK's jshell; exit code 1 if a "
                + "run failed or hung.")
final class BenchCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Option(names = "--runs", defaultValue = "7", description = "launches of each (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--evals", defaultValue = "20", description = "timed evals in each (default: ${DEFAULT-VALUE})")
    int evals;

    @Option(names = "--check-runs", defaultValue = "3",
            description = "runs of `check <id> --solution`; 0 skips it (default: ${DEFAULT-VALUE})")
    int checkRuns;

    @Option(names = "--timeout", defaultValue = "60",
            description = "seconds any one launch, eval or check may take before it is killed "
                    + "(default: ${DEFAULT-VALUE})")
    int timeout;

    @Option(names = "--json", description = "machine-readable output")
    boolean json;

    @Option(names = "--baseline", paramLabel = "DIR",
            description = "another build of threadlings (the folder of its launcher, e.g. a worktree of an older "
                    + "commit): `check <id> --solution` runs with it and with this build in turn, and the table "
                    + "gives both builds' wall and CPU time (of the whole process tree) and their ratio")
    Path baseline;

    @Option(names = "--compare", split = ",", paramLabel = "ID",
            description = "the exercises --baseline checks (default: the first exercise, and the first with an "
                    + "explore check)")
    List<String> compare;

    @Option(names = "--compare-runs", defaultValue = "5",
            description = "checks of each build per exercise with --baseline (default: ${DEFAULT-VALUE})")
    int compareRuns;

    @Override
    public Integer call() throws Exception {
        if (runs < 1 || evals < 1 || checkRuns < 0 || timeout < 1 || compareRuns < 1) {
            System.err.println(root.messages().get("cli.bench-counts"));
            return 2;
        }
        Optional<Path> home = Optional.ofNullable(System.getProperty("threadlings.home")).map(Path::of);
        Path launcher = home.map(h -> h.resolve("threadlings")).filter(Files::isExecutable).orElse(null);
        if (launcher == null) {
            System.err.println(root.messages().get("cli.bench-launcher"));
            return 2;
        }
        var opened = CourseOpening.open(root.course, root.language(), System.err);
        if (opened.isEmpty()) {
            return 2;
        }
        Course course = opened.get();
        Path baselineLauncher = baseline == null ? null : baseline.toAbsolutePath().resolve("threadlings");
        if (baselineLauncher != null && !Files.isExecutable(baselineLauncher)) {
            System.err.println(root.messages().get("cli.bench-baseline", baseline));
            return 2;
        }
        Path javaHome = Path.of(System.getProperty("java.home"));
        Path scratch = TempFolders.create("bench");
        try {
            Path state = Files.createDirectories(scratch.resolve("state"));
            Path work = Files.createDirectories(scratch.resolve("work"));
            // JAVA_HOME: the launcher then runs the same JDK as the jshell we compare with
            Map<String, String> env = Map.of("THREADLINGS_STATE", state.toString(),
                    "THREADLINGS_WORK", work.toString(), "JAVA_HOME", javaHome.toString());
            String courseArg = course.root().toString();
            // a plain `threadlings` when the course is the one beside the launcher: that is how learners start it,
            // and the launcher treats it specially (only a plain start trains the AOT cache)
            List<String> command = course.root().equals(home.get().toAbsolutePath().normalize())
                    ? List.of(launcher.toString()) : List.of(launcher.toString(), "--course", courseArg);
            Target ours = new Target("threadlings", command, scratch, env, "threadlings> ");
            Target theirs = new Target("jshell", List.of(javaHome.resolve("bin/jshell").toString()), scratch,
                    Map.of(), "jshell> ");
            Optional<String> exercise = course.exercises().stream().map(Exercise::id).findFirst();
            List<String> check = exercise.filter(id -> checkRuns > 0)
                    .map(id -> List.of(launcher.toString(), "--course", courseArg, "check", id, "--solution"))
                    .orElse(null);
            var plan = new Bench.Plan(ours, theirs, runs, evals, check, checkRuns, Duration.ofSeconds(timeout));
            Messages text = root.messages();
            Consumer<String> progress = step -> System.err.println(text.get("bench.progress", step));
            BenchResult result = new Bench(plan, progress, text).run(exercise);
            String jdk = Runtime.version().toString().replaceAll("\\+.*", "");
            int cores = Runtime.getRuntime().availableProcessors();
            // after the launches: in this VM, so that its first review is a cold one and nothing competes with it
            Optional<ReviewBench> review = Optional.empty();
            if (!course.exercises().isEmpty()) {
                progress.accept(text.get("bench.progress.review"));
                review = Optional.of(ReviewBench.measure(course));
            }
            List<String> failures = new ArrayList<>(); // of the comparison; the result keeps its own
            List<CheckComparison.Row> compared = List.of();
            if (baselineLauncher != null) {
                var comparison = new CheckComparison(List.of(launcher.toString(), "--course", courseArg),
                        List.of(baselineLauncher.toString(), "--course", courseArg), scratch, env,
                        Duration.ofSeconds(timeout));
                compared = comparison.run(compared(course), compareRuns, progress, failures, text);
            }
            if (json) {
                JsonObject o = JsonParser.parseString(BenchReport.json(result, jdk, cores, runs, evals))
                        .getAsJsonObject();
                o.add("review", review.map(ReviewBench::json).orElse(null));
                if (baselineLauncher != null) {
                    o.add("baseline", CheckComparison.json(compared));
                    o.add("baselineFailures", new com.google.gson.Gson().toJsonTree(failures));
                }
                System.out.print(new GsonBuilder().setPrettyPrinting().serializeNulls().create().toJson(o) + "\n");
            } else {
                System.out.print(BenchReport.text(result, jdk, cores, runs, evals, text)
                        + review.map(r -> r.text(text)).orElse(""));
                if (baselineLauncher != null) {
                    System.out.print(CheckComparison.text(compared, baseline.toString(), text));
                    failures.forEach(f -> System.out.println(text.get("bench.failure", f)));
                }
            }
            return result.failures().isEmpty() && failures.isEmpty() ? 0 : 1;
        } finally {
            TempFolders.delete(scratch); // what it cannot delete, the next run sweeps
        }
    }

    /** --compare's ids, or the first exercise and the first with an explore check. */
    private List<String> compared(Course course) {
        if (compare != null && !compare.isEmpty()) {
            return compare;
        }
        List<String> ids = new ArrayList<>();
        course.exercises().stream().findFirst().ifPresent(e -> ids.add(e.id()));
        course.exercises().stream()
                .filter(e -> e.checks().stream().anyMatch(c -> c.expectations().stream()
                        .anyMatch(x -> x instanceof ExploreExpectation)))
                .findFirst().filter(e -> !ids.contains(e.id())).ifPresent(e -> ids.add(e.id()));
        return ids;
    }
}
