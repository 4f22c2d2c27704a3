package dev.threadlings.terminal;

import dev.threadlings.text.Messages;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What JLine's less says on its status line, in the reader's language ({@code pager.less.*} in the bundles). Less
 * writes English sentences, some with a value inside ({@code There is no -x option}); each is matched whole and its
 * values handed to the bundle's pattern. A text no rule knows — the name of what is paged, already ours — is left as
 * it is, and so is one said already (a translated line is shown again at every key).
 *
 * <p>{@code PagerWordsTest} reads less's class file and fails on a sentence of it that no rule here says.
 */
public final class PagerWords implements UnaryOperator<String> {
    /** Less's sentence (whole, its values as groups) → the key of what to say instead. */
    record Rule(Pattern english, String key) {
        Rule(String english, String key) {
            this(Pattern.compile(english), key);
        }
    }

    static final List<Rule> RULES = List.of(
            new Rule("\\(END\\)", "pager.less.end"),
            new Rule("Pattern not found", "pager.less.not-found"),
            new Rule("Invalid pattern: (.*) \\(Press a key\\)", "pager.less.invalid-pattern"),
            new Rule("Cannot seek to line number (\\d+)", "pager.less.no-line"),
            new Rule("There is no (.*) option", "pager.less.no-option"),
            new Rule("Constantly display line numbers", "pager.less.numbers-on"),
            new Rule("Don't use line numbers", "pager.less.numbers-off"),
            new Rule("Ring the bell for errors but not at eof/bof", "pager.less.bell-errors"),
            new Rule("Ring the bell for errors AND at eof/bof", "pager.less.bell-always"),
            new Rule("Never ring the bell", "pager.less.bell-never"),
            new Rule("Chop long lines", "pager.less.chop"),
            new Rule("Fold long lines", "pager.less.fold"),
            new Rule("Ignore case in searches", "pager.less.ignore-case"),
            new Rule("Ignore case in searches and in patterns", "pager.less.ignore-case-always"),
            new Rule("Case is significant in searches", "pager.less.case-matters"),
            new Rule("Highlight enabled", "pager.less.highlight-on"),
            new Rule("Highlight disabled", "pager.less.highlight-off"),
            new Rule("Encountered error while reading nanorc files", "pager.less.no-nanorc"),
            // '=' (also ^G, :f): which lines are shown; the name before them is the console's prompt, not said again
            new Rule("(.*) lines (\\d+)-(\\d+)/(\\d+)", "pager.less.lines"),
            new Rule("(.*) lines (\\d+)-(\\d+)/(\\d+) \\(END\\)", "pager.less.lines-end"));

    private final Messages messages;

    public PagerWords(Messages messages) {
        this.messages = messages;
    }

    @Override
    public String apply(String said) {
        for (Rule rule : RULES) {
            Matcher m = rule.english().matcher(said);
            if (m.matches()) {
                Object[] values = new Object[m.groupCount()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = m.group(i + 1);
                }
                return messages.get(rule.key(), values);
            }
        }
        return said;
    }
}
