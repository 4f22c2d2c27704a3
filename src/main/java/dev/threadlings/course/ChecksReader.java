package dev.threadlings.course;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;

/**
 * Reads checks.md: each {@code ## } section is a check; its prose is the failure message, its fenced blocks are the
 * code ({@code java}, at most one) and the expectations (kinds from {@link ExpectationKinds}).
 */
final class ChecksReader {

    private ChecksReader() {
    }

    /** The checks of a parsed checks.md; the caller treats any problem added meanwhile as a broken exercise. */
    static List<Check> read(SourceFile source, Problems problems) {
        Sections sections = Sections.split(source.document());
        for (Node node : sections.intro()) {
            if (node instanceof FencedCodeBlock) {
                problems.add(source.path(), SourceFile.firstLine(node),
                        "this block comes before the first `## ` heading, so it belongs to no check");
            }
        }
        if (sections.sections().isEmpty()) {
            problems.add(source.path(), 1, "no checks: start each check with a `## ` heading naming it");
            return List.of();
        }
        List<Check> checks = new ArrayList<>();
        for (Sections.Section section : sections.sections()) {
            read(source, section, problems).ifPresent(checks::add);
        }
        return checks;
    }

    private static Optional<Check> read(SourceFile source, Sections.Section section, Problems problems) {
        int before = problems.count();
        if (section.title().isEmpty()) {
            problems.add(source.path(), section.line(), "a check needs a name after `## `");
        }
        List<String> message = new ArrayList<>();
        List<Expectation> expectations = new ArrayList<>();
        Snippet code = null;
        int codeLine = 0;
        int expectationBlocks = 0;
        for (Node node : section.blocks()) {
            if (!(node instanceof FencedCodeBlock fenced)) {
                // prose: the learner reads it as written, so keep the Markdown source, not rendered text
                message.add(SourceFile.trimBlankLines(source.source(node)));
                continue;
            }
            Optional<FencedBlock> parsed = FencedBlock.of(source.path(), fenced, problems);
            if (parsed.isEmpty()) {
                expectationBlocks++; // counted so a check whose only block is malformed is not also "empty"
                continue;
            }
            FencedBlock block = parsed.get();
            if (block.kind().equals(ExpectationKinds.JAVA)) {
                if (codeLine != 0) {
                    problems.add(source.path(), block.line(), "a check runs one `java` block; this is a second one"
                            + " (the first is at line " + codeLine + "): merge them or split the check");
                } else {
                    codeLine = block.line();
                    code = Snippet.parse(block, problems).orElse(null);
                }
                continue;
            }
            expectationBlocks++;
            Optional<ExpectationKinds.BlockParser> parser = ExpectationKinds.parser(block.kind());
            if (parser.isEmpty()) {
                problems.add(source.path(), block.line(), "unknown block kind '" + block.kind() + "'"
                        + Suggestions.didYouMean(block.kind(), ExpectationKinds.allKinds())
                        + "; known kinds: " + String.join(", ", ExpectationKinds.allKinds()));
            } else {
                parser.get().parse(block, problems).ifPresent(expectations::add);
            }
        }
        if (expectationBlocks == 0) {
            problems.add(source.path(), section.line(), "check '" + section.title() + "' has no expectations:"
                    + " add an `output` or `holds` block saying what must be true");
        }
        if (problems.count() != before) {
            return Optional.empty();
        }
        Map<String, String> options = code == null ? Map.of() : code.options();
        return Optional.of(new Check(section.title(), String.join("\n\n", message), source.path(), section.line(),
                Optional.ofNullable(code), expectations, options));
    }
}
