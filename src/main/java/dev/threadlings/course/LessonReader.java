package dev.threadlings.course;

import dev.threadlings.sandbox.SandboxOutcome;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;

/** Reads one lesson file. Cross-references (exercises, requires) are checked later by {@link CourseLinker}. */
final class LessonReader {

    private static final Pattern FILE_NAME = Pattern.compile("(\\d\\d)-.+\\.md");

    private LessonReader() {
    }

    /** Whether a file name is a lesson's: two digits, a dash, a name, {@code .md}. */
    static boolean isLessonFile(Path file) {
        return FILE_NAME.matcher(file.getFileName().toString()).matches();
    }

    static Parsed<Lesson> read(Path file, Problems problems) {
        int before = problems.count();
        Optional<SourceFile> read = SourceFile.read(file, true, problems);
        if (read.isEmpty()) {
            return new Parsed<>(file, Optional.empty(), Optional.empty(), Optional.empty());
        }
        SourceFile source = read.get();
        Optional<FrontMatter> frontMatter = FrontMatter.read(source, problems);
        if (frontMatter.isEmpty()) {
            return new Parsed<>(file, Optional.empty(), Optional.empty(), Optional.empty());
        }
        FrontMatter fm = frontMatter.get();
        Optional<String> id = fm.id("id", problems);
        Optional<String> title = fm.required("title", "Threads", problems);
        OptionalInt order = fm.integer("order", Integer.MIN_VALUE, problems);
        List<String> exercises = fm.ids("exercises", problems);
        List<String> requires = fm.ids("requires", problems);
        boolean preview = fm.flag("preview", false, problems);
        Optional<Lesson> lesson = Optional.empty();
        if (problems.count() == before) {
            lesson = Optional.of(new Lesson(id.orElseThrow(), title.orElseThrow(), order.orElse(filePrefix(file)),
                    exercises, requires, file, source.textFrom(fm.bodyStartLine()), codeBlocks(source, problems), preview));
        }
        return new Parsed<>(file, frontMatter, fm.peek("id"), lesson);
    }

    // without `order`, the NN of the file name orders the lesson, which is what an author expects
    private static int filePrefix(Path file) {
        Matcher m = FILE_NAME.matcher(file.getFileName().toString());
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** Runnable Java blocks anywhere in the document (lists and quotes too), numbered in document order. */
    static List<CodeBlock> codeBlocks(SourceFile source, Problems problems) {
        List<CodeBlock> blocks = new ArrayList<>();
        source.document().accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock block) {
                List<String> words = block.getInfo() == null ? List.of()
                        : Arrays.asList(block.getInfo().strip().split("\\s+"));
                // the first word, not a prefix: ```javascript is not Java
                if (!words.isEmpty() && words.getFirst().equals("java") && !words.contains("norun")) {
                    String literal = block.getLiteral();
                    String code = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
                    int fence = SourceFile.firstLine(block);
                    blocks.add(new CodeBlock(blocks.size() + 1, code, fence + 1, explored(words, fence, source,
                            problems)));
                }
            }
        });
        return blocks;
    }

    /** {@code explore=deadlock}: what the sandbox must find in the block (a finding, never "none"). */
    private static Optional<SandboxOutcome> explored(List<String> words, int line, SourceFile source,
                                                     Problems problems) {
        for (String word : words) {
            if (word.equals("explore") || word.startsWith("explore=")) {
                String id = word.substring("explore".length()).replaceFirst("^=", "");
                List<SandboxOutcome> findings = Arrays.stream(SandboxOutcome.values())
                        .filter(o -> o.kind() == SandboxOutcome.Kind.FAILURE).toList();
                Optional<SandboxOutcome> finding = findings.stream().filter(o -> o.id().equals(id)).findFirst();
                if (finding.isEmpty()) {
                    problems.add(source.path(), line, "`" + word + "`: an explored block names what the sandbox "
                            + "finds in it, one of explore=" + String.join(", explore=",
                            findings.stream().map(SandboxOutcome::id).toList()));
                }
                return finding;
            }
        }
        return Optional.empty();
    }
}
