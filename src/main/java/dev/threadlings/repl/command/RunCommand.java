package dev.threadlings.repl.command;

import dev.threadlings.checking.LessonExploration;
import dev.threadlings.course.CodeBlock;
import dev.threadlings.course.Lesson;
import dev.threadlings.eval.Outcome;
import dev.threadlings.markdown.JavaHighlighter;
import dev.threadlings.report.SandboxText;
import dev.threadlings.repl.Command;
import dev.threadlings.repl.Screen;
import dev.threadlings.repl.Session;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.jline.utils.AttributedString;

/** /run n: evaluate a numbered code block of the current lesson. */
public final class RunCommand implements Command {
    /** The blocks of lesson {@code ranOf} run in the shell {@code ranIn} (a restarted or reset shell has none). */
    private final Set<Integer> ran = new HashSet<>();
    private Object ranIn;
    private String ranOf;

    @Override
    public String name() {
        return "run";
    }

    @Override
    public String arguments() {
        return "<n>";
    }

    @Override
    public String summary() {
        return "run code block n of the current lesson (no number: list them)";
    }

    @Override
    public List<String> argumentCandidates(Session session) {
        return session.currentLesson().map(l -> IntStream.rangeClosed(1, l.codeBlocks().size())
                .mapToObj(Integer::toString).toList()).orElse(List.of());
    }

    @Override
    public void run(Session session, String args) {
        Screen screen = session.screen();
        Optional<Lesson> lesson = session.currentLesson();
        if (lesson.isEmpty()) {
            screen.println(session.text("run.no-lesson"), Screen.WARN);
            return;
        }
        List<CodeBlock> blocks = lesson.get().codeBlocks();
        if (args.isEmpty()) {
            if (blocks.isEmpty()) {
                screen.println(session.text("run.no-blocks"), Screen.INFO);
            }
            for (CodeBlock b : blocks) {
                String first = b.code().lines().findFirst().orElse("");
                screen.println(String.format("  [%d] %s%s%s", b.number(), first,
                        b.code().lines().count() > 1 ? " …" : "", b.explored().isPresent() ? "   " + session.text("run.explored-mark") : ""));
            }
            return;
        }
        int n;
        try {
            n = Integer.parseInt(args.strip());
        } catch (NumberFormatException e) {
            screen.println(session.text("run.not-a-number"), Screen.WARN);
            return;
        }
        if (n < 1 || n > blocks.size()) {
            screen.println(session.text("run.range", blocks.size()), Screen.WARN);
            return;
        }
        session.useShellFor(lesson.get()); // the lesson may have been restored at start, with the default shell
        CodeBlock block = blocks.get(n - 1);
        screen.println(new AttributedString("[" + n + "]", Screen.DIM));
        block.code().lines().forEach(l -> screen.println(screen.color() ? JavaHighlighter.highlight("  " + l)
                : new AttributedString("  " + l)));
        if (block.explored().isPresent()) {
            screen.println(session.text("run.exploring"), Screen.INFO);
            screen.printStyled(SandboxText.describe(LessonExploration.explore(lesson.get(), block), screen.width(),
                    "", session.messages()));
        } else {
            List<Outcome> outcomes = session.evaluate(block.code());
            remember(session, lesson.get(), block);
            sayWhenEarlierBlocksAreMissing(session, lesson.get(), block, outcomes);
        }
    }

    /** That {@code block} has run in the current shell (after a reset or in another lesson, the count restarts). */
    private void remember(Session session, Lesson lesson, CodeBlock block) {
        Object shell = currentShell(session);
        if (shell != ranIn || !lesson.id().equals(ranOf)) {
            ran.clear();
            ranIn = shell;
            ranOf = lesson.id();
        }
        ran.add(block.number());
    }

    private static Object currentShell(Session session) {
        try {
            return session.shell().ready() ? session.shell().shell() : null;
        } catch (IllegalStateException e) { // its start failed: the next input starts another
            return null;
        }
    }

    /**
     * A block may use what an earlier one declares (an import, a class, a variable): run on its own, in a fresh
     * shell, it fails to compile. Then say which earlier blocks have not run in this shell, rather than leave the
     * learner with "cannot find symbol".
     */
    private void sayWhenEarlierBlocksAreMissing(Session session, Lesson lesson, CodeBlock block,
                                                List<Outcome> outcomes) {
        boolean unresolved = outcomes.stream().anyMatch(o -> o instanceof Outcome.CompileError
                || o instanceof Outcome.Declared d && !d.unresolved().isEmpty());
        List<String> missing = lesson.codeBlocks().stream()
                .filter(b -> b.number() < block.number() && b.explored().isEmpty() && !ran.contains(b.number()))
                .map(b -> "/run " + b.number()).toList();
        if (unresolved && !missing.isEmpty()) {
            session.screen().println(session.text("run.earlier-blocks", block.number(), missing.size(),
                    String.join(", ", missing)), Screen.WARN);
        }
    }
}
