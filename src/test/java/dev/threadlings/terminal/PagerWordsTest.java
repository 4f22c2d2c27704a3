package dev.threadlings.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.threadlings.course.Language;
import dev.threadlings.text.EnglishProse;
import dev.threadlings.text.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jline.builtins.Less;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Every sentence JLine's less can show on the console's pager is said by {@link PagerWords}, read from less's own
 * class files (its string constants and the recipes of its string concatenations), so a JLine upgrade that adds
 * one fails here rather than showing English in the Chinese edition.
 */
class PagerWordsTest {
    /** Two English words, a word asking for something, or less's (END): not a key, an option's name or a path. */
    private static final Pattern SENTENCE = Pattern.compile("[A-Za-z]{2,}[ '][A-Za-z]{2,}|[A-Za-z]{3,}: |\\(END\\)");

    /** Sentences less never shows on the console's pager, and why. */
    private static final Map<String, String> NEVER_SHOWN = Map.ofEntries(
            Map.entry("HELP -- Press SPACE for more, or q when done", "the help screen is the bundle's (helpSource)"),
            // TranslatedLess unbinds the file commands: the console pages one text
            Map.entry("Examine: ", "file commands"),
            Map.entry("No next file", "file commands"),
            Map.entry("No previous file", "file commands"),
            Map.entry("No such file", "file commands"),
            Map.entry("(END) - Next: \u0001", "several files"),
            Map.entry(" (END)", "a piece of '<name> lines a-b/n (END)', said whole (chineseWordsForLess)"),
            Map.entry("No sources", "an exception for a pager given no text"),
            Map.entry("\u0001 not found!", "file commands"),
            Map.entry(" not found!", "a file that cannot be opened; the console's text is in memory"),
            Map.entry(" (press RETURN)", "a file that cannot be opened; the console's text is in memory"),
            // read from options and a configuration path, which the console never gives
            Map.entry("Encountered error while reading config file: \u0001", "configuration"),
            Map.entry("Encountered error while reading pattern-history file: \u0001", "--historylog"),
            Map.entry("Less config: Unknown or unsupported configuration option \u0001", "configuration"),
            Map.entry("Less config: Bad configuration '\u0001'", "configuration"),
            Map.entry("Less config: Key bindings can not be changed!", "configuration"),
            Map.entry("Less config: tabs option error parsing number: \u0001", "configuration"));

    /** What a recipe's holes ({@code \u0001}) are filled with to make a sentence less shows. */
    private static final List<String> HOLES = List.of("7", "enabled", "disabled");

    @Test
    void everySentenceOfLessIsSaid() throws IOException {
        PagerWords english = new PagerWords(Messages.ENGLISH);
        PagerWords chinese = new PagerWords(new Messages(Language.ZH.locale()));
        List<String> sentences = sentencesOf(Less.class);
        assertEquals(true, sentences.contains("Pattern not found"), "the class file was read: " + sentences);
        List<String> unsaid = new ArrayList<>();
        for (String sentence : sentences) {
            boolean said = HOLES.stream().map(h -> sentence.replace("\u0001", h))
                    .anyMatch(s -> !chinese.apply(s).equals(s) && EnglishProse.in(chinese.apply(s)).isEmpty()
                            && !english.apply(s).isBlank());
            if (!said) {
                unsaid.add(sentence);
            }
        }
        assertEquals(new TreeSet<>(NEVER_SHOWN.keySet()), new TreeSet<>(unsaid),
                "less's sentences that PagerWords does not say in Chinese");
    }

    /** The sentences in the string constants and concatenation recipes of a class and its nested classes. */
    private static List<String> sentencesOf(Class<?> type) throws IOException {
        List<String> found = new ArrayList<>();
        List<Class<?>> classes = new ArrayList<>(List.of(type.getDeclaredClasses()));
        classes.add(type);
        for (Class<?> c : classes) {
            ClassNode node = new ClassNode();
            try (InputStream in = type.getClassLoader().getResourceAsStream(c.getName().replace('.', '/') + ".class")) {
                new ClassReader(in).accept(node, 0);
            }
            for (MethodNode method : node.methods) {
                if (method.name.equals("usage")) {
                    continue; // the command line's usage (less --help), not the pager's screen
                }
                for (AbstractInsnNode insn : method.instructions) {
                    String text = insn instanceof LdcInsnNode ldc && ldc.cst instanceof String s ? s
                            : insn instanceof InvokeDynamicInsnNode indy && indy.bsmArgs.length > 0
                                    && indy.bsm.getOwner().equals("java/lang/invoke/StringConcatFactory")
                                    && indy.bsmArgs[0] instanceof String recipe ? recipe : null;
                    if (text != null && SENTENCE.matcher(text).find()) {
                        found.add(text);
                    }
                }
            }
        }
        return found.stream().distinct().toList();
    }

    @Test
    void chineseWordsForLess() {
        PagerWords chinese = new PagerWords(new Messages(Language.ZH.locale()));
        assertEquals("（结束）", chinese.apply("(END)"));
        assertEquals("没有 -x 这个选项", chinese.apply("There is no -x option"));
        assertEquals("第 3–14 行，共 200 行", chinese.apply("threadlings · q：读完 lines 3-14/200"));
        assertEquals("第 189–200 行，共 200 行（结束）", chinese.apply("threadlings lines 189-200/200 (END)"));
        assertEquals("threadlings · 空格：下一页", chinese.apply("threadlings · 空格：下一页"), "ours is left as it is");
        assertEquals("lines 3-14 of 200", new PagerWords(Messages.ENGLISH).apply("threadlings lines 3-14/200"));
    }
}
