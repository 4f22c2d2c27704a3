package dev.threadlings.course;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.node.FencedCodeBlock;

/**
 * A fenced block of checks.md with its info string {@code kind [word ...] [key=value ...]} taken apart: what a
 * block-kind parser in {@link ExpectationKinds} receives. Words are bare tokens (the output mode); options are
 * {@code key=value} tokens without spaces.
 *
 * @param file    checks.md
 * @param line    1-based line of the opening fence
 * @param kind    the first word of the info string
 * @param words   the other tokens without {@code =}, in order
 * @param options the {@code key=value} tokens, in order
 * @param text    the block's content without its final line break
 */
record FencedBlock(Path file, int line, String kind, List<String> words, Map<String, String> options, String text) {

    private static final Pattern OPTION_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");

    /** Takes a block apart; a missing kind or a malformed option is a problem at the fence and gives empty. */
    static Optional<FencedBlock> of(Path file, FencedCodeBlock node, Problems problems) {
        int line = SourceFile.firstLine(node);
        String info = node.getInfo() == null ? "" : node.getInfo().strip();
        if (info.isEmpty()) {
            problems.add(file, line, "a fenced block in checks.md needs a kind after the fence, one of: "
                    + String.join(", ", ExpectationKinds.allKinds()));
            return Optional.empty();
        }
        List<String> tokens = Arrays.asList(info.split("\\s+"));
        List<String> words = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        boolean ok = true;
        for (String token : tokens.subList(1, tokens.size())) {
            int eq = token.indexOf('=');
            if (eq < 0) {
                words.add(token);
                continue;
            }
            String key = token.substring(0, eq);
            String value = token.substring(eq + 1);
            if (!OPTION_KEY.matcher(key).matches() || value.isEmpty()) {
                problems.add(file, line, "bad option '" + token + "': write key=value with no spaces, e.g. timeout=10s");
                ok = false;
            } else if (options.putIfAbsent(key, value) != null) {
                problems.add(file, line, "option '" + key + "' is given twice");
                ok = false;
            }
        }
        String literal = node.getLiteral() == null ? "" : node.getLiteral();
        String text = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
        return ok ? Optional.of(new FencedBlock(file, line, tokens.getFirst(), List.copyOf(words), options, text))
                : Optional.empty();
    }

    /** 1-based file line of the content line at a 0-based index. */
    int textLine(int index) {
        return line + 1 + index;
    }

    /** Reports each word: for kinds that take no mode. */
    void allowWords(Problems problems) {
        for (String word : words) {
            problems.add(file, line, "`" + kind + "` takes no mode, found '" + word + "'");
        }
    }

    /** Reports options other than the given keys, so a misspelt option is not silently ignored. */
    void allowOptions(Problems problems, String... known) {
        Set<String> allowed = Set.of(known);
        for (String key : options.keySet()) {
            if (!allowed.contains(key)) {
                problems.add(file, line, "unknown option '" + key + "' for `" + kind + "`"
                        + (known.length == 0 ? " (it takes none)" : " (known: " + String.join(", ", known) + ")"));
            }
        }
    }
}
