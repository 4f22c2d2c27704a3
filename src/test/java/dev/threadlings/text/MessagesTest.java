package dev.threadlings.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlings.course.Language;
import dev.threadlings.repl.Command;
import dev.threadlings.repl.Commands;
import dev.threadlings.review.ReviewRule;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The console's bundles: every English key translated, every value a sound pattern, every command summarised. */
class MessagesTest {

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("messages" + suffix + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyEnglishKeyIsInEveryTranslation() throws IOException {
        Set<String> english = bundle("").stringPropertyNames();
        for (Language language : Language.values()) {
            if (language.isOriginal()) {
                continue;
            }
            Set<String> missing = new TreeSet<>(english);
            missing.removeAll(bundle("_" + language.tag()).stringPropertyNames());
            assertEquals(Set.of(), missing, "keys of messages.properties missing in messages_" + language.tag());
        }
    }

    @Test
    void everyCommandHasATranslatedSummary() throws IOException {
        for (Language language : Language.values()) {
            if (language.isOriginal()) {
                continue;
            }
            Properties translated = bundle("_" + language.tag());
            List<String> missing = Commands.ALL.stream().map(Command::name)
                    .filter(n -> !translated.containsKey("command." + n + ".summary")).toList();
            assertEquals(List.of(), missing, "commands without command.<name>.summary in messages_" + language.tag());
        }
    }

    /** A value the same in both languages is one with no words in it. */
    private static final Set<String> SAME_IN_ALL = Set.of("run.block-label");

    @Test
    void noEnglishProseInTheChineseBundle() throws IOException {
        Properties en = bundle("");
        assertEquals(List.of("no", "type", "to", "them"), EnglishProse.in(en.getProperty("command.unknown")),
                "the detector finds English");
        for (Language language : Language.values()) {
            if (language.isOriginal()) {
                continue;
            }
            Properties translated = bundle("_" + language.tag());
            List<String> english = new ArrayList<>();
            for (String key : new TreeSet<>(translated.stringPropertyNames())) {
                String value = translated.getProperty(key);
                String words = value.replaceAll("\\{[^}]*\\}", " "); // the arguments are filled in at run time
                if (!EnglishProse.in(words).isEmpty()
                        || value.equals(en.getProperty(key)) && !SAME_IN_ALL.contains(key)) {
                    english.add(key + "=" + value);
                }
            }
            assertEquals(List.of(), english, "English left in messages_" + language.tag());
        }
    }

    @Test
    void everyReviewRuleHasItsSentenceInEveryBundle() {
        for (Language language : Language.values()) {
            Messages text = new Messages(language.locale());
            for (ReviewRule rule : ReviewRule.values()) {
                assertTrue(text.find("review." + rule.id()).filter(s -> !s.isBlank()).isPresent(),
                        rule.id() + " in " + language);
            }
        }
        assertTrue(ReviewRule.EXECUTOR_NOT_CLOSED.sentence().contains("try (ExecutorService pool = ...) { ... }"),
                "a quoted brace is printed as a brace: " + ReviewRule.EXECUTOR_NOT_CLOSED.sentence());
    }

    // a lone ' in a MessageFormat pattern quotes what follows and vanishes: "don't" would print "dont"; a quoted
    // brace ('{' … '}', code in a sentence) is the one meant use of a single quote
    @Test
    void apostrophesAreDoubled() throws IOException {
        List<String> bad = new ArrayList<>();
        for (String suffix : List.of("", "_zh")) {
            Properties p = bundle(suffix);
            for (String key : p.stringPropertyNames()) {
                if (p.getProperty(key).replace("''", "").replace("'{'", "").replace("'}'", "").contains("'")) {
                    bad.add("messages" + suffix + ": " + key);
                }
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void englishStaysEnglishWhateverTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertEquals("That was the last hint.", new Messages(Locale.ENGLISH).get("hint.last"));
            assertEquals("这是最后一条提示了。", new Messages(Language.ZH.locale()).get("hint.last"));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void argumentsAndPluralsAreFilledIn() {
        Messages en = Messages.ENGLISH;
        Messages zh = new Messages(Language.ZH.locale());
        assertEquals("✘ races-counter: 1 of 3 checks pass", en.get("check.failed", "races-counter", 1, 3));
        assertEquals("✘ races-counter：3 项检查中通过 1 项", zh.get("check.failed", "races-counter", 1, 3));
        assertEquals(" (1 failed check)", en.get("progress.failures", 1));
        assertEquals(" (12 failed checks)", en.get("progress.failures", 12));
        assertEquals("  0 of 3 exercises passed (0%)", en.get("progress.bar", 0, 3, 0), "leading spaces kept");
        assertEquals("  已通过 3 道练习中的 0 道（0%）", zh.get("progress.bar", 0, 3, 0));
        assertEquals("✔ x: all 1234 checks pass (2.5 s)", en.get("check.passed", "x", 1234, 2.5));
        assertTrue(zh.find("no.such.key").isEmpty());
    }

    /** A count of one is said in the singular: "all 1 checks pass" was what a challenge's one check printed. */
    @Test
    void oneIsSaidInTheSingular() {
        Messages en = Messages.ENGLISH;
        assertEquals("✔ x: the one check passes (2.5 s)", en.get("check.passed", "x", 1, 2.5));
        assertEquals("✔ x: all 2 checks pass (2.5 s)", en.get("check.passed", "x", 2, 2.5));
        assertEquals("✘ x: 0 of 1 check passes", en.get("check.failed", "x", 0, 1));
        assertEquals("  1 of 1 exercise passed (100%)", en.get("progress.bar", 1, 1, 100));
        assertEquals("✔ the one check passes (0.5 s)", en.get("class.progress.passed", 1, 0.5));
        assertEquals("every schedule with ≤ 1 preemption", en.get("coverage.bounded", 1));
        assertEquals("the one schedule with ≤ 2 preemptions", en.get("coverage.all", 1, 2));
        assertEquals("! x: could not be checked (1 of 1 check could not say pass or fail; 0 pass)",
                en.get("check.could-not.some", "x", 1, 1, 0));
        // a phrase's count travels as text from the explorer VM and still picks its form
        assertEquals("blocked: Semaphore#1 has 1 permit", en.get("phrase.blocked-permits", "Semaphore#1", "1"));
        assertEquals("blocked: Semaphore#1 has 0 permits", en.get("phrase.blocked-permits", "Semaphore#1", "0"));
        assertEquals("invokeAny (3 tasks)", en.get("phrase.invoke-any", "3"));
        assertEquals("阻塞：Semaphore#1 只有 1 个许可",
                new Messages(Language.ZH.locale()).get("phrase.blocked-permits", "Semaphore#1", "1"));
    }
}
