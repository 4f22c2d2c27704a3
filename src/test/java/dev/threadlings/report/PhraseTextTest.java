package dev.threadlings.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreeScanner;
import dev.threadlings.course.Language;
import dev.threadlings.sandbox.runtime.Phrase;
import dev.threadlings.text.EnglishProse;
import dev.threadlings.text.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The stand-ins' words reach the reader in the reader's language: each {@link Phrase} has its sentence, with
 * exactly its arguments, in every bundle, none English in a translation; a phrase inside another is said inside
 * it; and no stand-in writes an English sentence into a step, a wait or a race again.
 */
class PhraseTextTest {
    @Test
    void aMonitorIsNamedByTheExpressionWrittenAndTheObjectItNamed() {
        String lock = Phrase.LOCK.with("Account alice");
        Messages zh = new Messages(Language.ZH.locale());
        assertEquals("lock from = Account alice", PhraseText.say(lock, "synchronized (from) {", Messages.ENGLISH));
        assertEquals("获得锁 from = Account alice", PhraseText.say(lock, "synchronized (from) {", zh));
        assertEquals("lock accounts.get(i) = Account alice",
                PhraseText.say(lock, "    synchronized (accounts.get(i)) {", Messages.ENGLISH));
        // when the line does not say which expression the step took, only the object is named
        for (String line : List.of("lock.lock();", "synchronized (a) { synchronized (b) {", "synchronized (Thread.…",
                "public synchronized void add() {", "synchronized (map.get(\"a)\")) {", "")) {
            assertEquals("lock Account alice", PhraseText.say(lock, line, Messages.ENGLISH), line);
        }
        assertEquals("lock Account alice", PhraseText.say(lock, "synchronized (alice) {",
                Messages.ENGLISH)); // the object goes by that variable's name already
        assertEquals("lock Object Abba.a", PhraseText.say(Phrase.LOCK.with("Object Abba.a"), "synchronized (a) {",
                Messages.ENGLISH)); // or that field's
        assertEquals("unlock Account alice", PhraseText.say(Phrase.UNLOCK.with("Account alice"),
                "synchronized (from) {", Messages.ENGLISH));
    }

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    /** The calls and records through which a stand-in's words reach a trace, a wait or a finding. */
    private static final Set<String> CARRIERS = Set.of("note", "point", "after", "yieldPoint", "collectionPoint",
            "acquire", "released", "step", "ForLock", "ForSignal", "Until", "ForCount", "ForShared", "TraceEvent",
            "Race", "Target");

    @Test
    void everyPhraseHasItsSentenceWithItsArgumentsInEveryLanguage() {
        for (Language language : Language.values()) {
            Messages words = new Messages(language.locale());
            for (Phrase p : Phrase.values()) {
                String pattern = words.find(p.key()).map(x -> rawPattern(language, p)).orElse(null);
                assertTrue(pattern != null, p.key() + " missing in " + language);
                Set<Integer> used = new TreeSet<>();
                Matcher m = ARGUMENT.matcher(pattern);
                while (m.find()) {
                    used.add(Integer.parseInt(m.group(1)));
                }
                Set<Integer> expected = new TreeSet<>();
                for (int i = 0; i < p.arity; i++) {
                    expected.add(i);
                }
                if (!(language == Language.ZH && (p == Phrase.A_TYPE || p == Phrase.AN_TYPE))) {
                    assertEquals(expected, used, p.key() + " in " + language + ": " + pattern);
                }
                if (!language.isOriginal()) {
                    assertEquals(List.of(), EnglishProse.in(pattern.replaceAll("\\{[^}]*}", " ")),
                            p.key() + " in " + language + ": " + pattern);
                }
            }
        }
    }

    private static String rawPattern(Language language, Phrase p) {
        return java.util.ResourceBundle.getBundle("dev.threadlings.text.messages", language.locale(),
                java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_DEFAULT))
                .getString(p.key());
    }

    @Test
    void aPhraseInsideAnotherIsSaidInsideItAndDataStaysAsItIs() {
        Messages zh = new Messages(Language.ZH.locale());
        String waits = Phrase.WAITS_FOR_SIDE.with(Phrase.READ_LOCK.with(), "ReentrantReadWriteLock#1");
        assertEquals("waits for the read lock of ReentrantReadWriteLock#1", PhraseText.say(waits, Messages.ENGLISH));
        assertEquals("等待 ReentrantReadWriteLock#1 的读锁", PhraseText.say(waits, zh));
        String element = "▶ " + Phrase.ARRAY_ELEMENT.with(3, Phrase.AN_TYPE.with("int[]"));
        assertEquals("▶ element [3] of an int[]", PhraseText.say(element, Messages.ENGLISH));
        assertEquals("▶ int[] 的元素 [3]", PhraseText.say(element, zh));
        assertEquals("Counter.count → 0", PhraseText.say("Counter.count → 0", zh), "data is not a phrase");
    }

    @Test
    void aBrokenOrUnknownPhraseIsShownAsTextAndNeverThrows() {
        String unknown = Phrase.OPEN + "NO_SUCH_PHRASE" + Phrase.NEXT + "x" + Phrase.CLOSE;
        assertEquals("NO_SUCH_PHRASE x", PhraseText.say(unknown, Messages.ENGLISH));
        String cut = Phrase.LOCK.with("Account#1").substring(0, 8);
        assertEquals(cut.replace(String.valueOf(Phrase.OPEN), "").replace(Phrase.NEXT, ' '),
                PhraseText.say(cut, Messages.ENGLISH));
        String wrongArity = Phrase.OPEN + "LOCK" + Phrase.CLOSE;
        assertEquals("LOCK", PhraseText.say(wrongArity, Messages.ENGLISH));
    }

    @Test
    void noStandInWritesAnEnglishSentenceIntoAStepAWaitOrARace() throws IOException {
        Path planted = Files.createTempDirectory("phrases").resolve("Planted.java");
        Files.writeString(planted, "class Planted { void f(Scheduler s) { s.note(null, \"blocked: \" + s + \" is held\""
                + " + \" by T1\", \"\"); s.note(null, \"start T1\", \"\"); } }");
        assertEquals(List.of("Planted.java: \" is held by T1\""), english(List.of(planted)), "the scan finds English");
        try (Stream<Path> tree = Files.walk(Path.of("src/main/java/dev/threadlings/sandbox/runtime"))) {
            assertEquals(List.of(), english(tree.filter(p -> p.toString().endsWith(".java")).toList()),
                    "English words written by a stand-in: make them a Phrase");
        }
    }

    /** The string literals with English prose inside an argument of a carrier, as "File.java: \"literal\"". */
    private static List<String> english(List<Path> sources) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> english = new ArrayList<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
            JavacTask task = (JavacTask) javac.getTask(null, files, null, List.of("-proc:none"), null,
                    files.getJavaFileObjectsFromPaths(sources));
            for (CompilationUnitTree unit : task.parse()) {
                String file = Path.of(unit.getSourceFile().toUri()).getFileName().toString();
                new TreeScanner<Void, Boolean>() {
                    @Override
                    public Void visitMethodInvocation(MethodInvocationTree call, Boolean inside) {
                        String name = call.getMethodSelect().toString();
                        name = name.substring(name.lastIndexOf('.') + 1);
                        return super.visitMethodInvocation(call, inside || CARRIERS.contains(name));
                    }

                    @Override
                    public Void visitNewClass(NewClassTree made, Boolean inside) {
                        String name = made.getIdentifier().toString();
                        name = name.substring(name.lastIndexOf('.') + 1);
                        return super.visitNewClass(made, inside || CARRIERS.contains(name));
                    }

                    @Override
                    public Void visitLiteral(LiteralTree literal, Boolean inside) {
                        if (inside != null && inside && literal.getValue() instanceof String s
                                && !EnglishProse.in(s).isEmpty()) {
                            english.add(file + ": \"" + s + "\"");
                        }
                        return null;
                    }
                }.scan(unit, false);
            }
        }
        return english;
    }
}
