package dev.threadlings.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The command line speaks the console's language: {@code --lang}, else {@code LC_ALL}/{@code LC_MESSAGES}/{@code LANG},
 * picks the course's translation and the grader's words for {@code check} and {@code list} alike; {@code --json} keeps
 * its keys and machine values whatever the language.
 */
class CliLanguageTest {
    @TempDir
    static Path tmp;
    static Path course;

    @BeforeAll
    static void write() {
        course = ConsoleCourse.write(tmp.resolve("course"));
        ConsoleCourse.write(course, "exercises/doubler/zh/exercise.md", """
                ---
                title: 翻一倍
                translated-from: 0123456789ab
                ---
                写出 `twice(n)`，让它返回参数的两倍。
                """);
        ConsoleCourse.write(course, "exercises/doubler/zh/checks.md", """
                ---
                translated-from: 0123456789ab
                ---
                ## 翻倍
                twice(21) 必须返回 42。

                ## 打印
                打印 twice(5) 显示 10。
                """);
    }

    private record Run(int exit, String out, String err) {}

    private static Run run(Map<String, String> environment, String... args) {
        List<String> all = new ArrayList<>(List.of("--course", course.toString()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintStream savedOut = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream(); // list prints to System.out
        try {
            // before the command line is made: picocli ties its writers to the System.out it sees then
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            var cli = Main.commandLine(environment);
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            int exit = cli.execute(all.toArray(String[]::new));
            return new Run(exit, out + printed.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(savedOut);
        }
    }

    private static String starter() {
        return course.resolve("exercises/doubler/" + ConsoleCourse.FILE).toString();
    }

    /** What {@code args} wrote on System.err (where the command line's refusals go). */
    private static String refusal(String... args) {
        PrintStream saved = System.err;
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(said, true, StandardCharsets.UTF_8));
            Run r = run(Map.of(), args);
            assertEquals(2, r.exit(), r.err());
            return said.toString(StandardCharsets.UTF_8) + r.err();
        } finally {
            System.setErr(saved);
        }
    }

    @Test
    void theCommandLinesRefusalsInChinese() {
        String unknown = refusal("--lang", "zh", "check", "doubelr");
        assertTrue(unknown.contains("threadlings：没有练习“doubelr”（你是想输入“doubler”吗？）"), unknown);
        String none = refusal("--lang", "zh", "check");
        assertTrue(none.contains("请指定要检查的练习"), none);
        String two = refusal("--lang", "zh", "check", "doubler", "doubler", "--file", starter());
        assertTrue(two.contains("--file 只能和一个练习 id 一起用"), two);
        for (String said : List.of(unknown, none, two)) {
            assertEquals(List.of(), dev.threadlings.text.EnglishProse.lines(said), said);
        }
        assertTrue(refusal("--lang", "en", "check").contains("name an exercise to check, or --all"));
    }

    // picocli's own refusals: a value it cannot convert, an option twice, two that exclude each other
    @Test
    void picocliRefusalsInChinese() {
        List<String> said = List.of(
                refusal("--lang", "zh", "check", "--all", "--jobs", "abc"),
                refusal("--lang", "zh", "check", "--json", "--json", "doubler"),
                refusal("--lang", "zh", "check", "doubler", "--solution", "--starter"),
                refusal("--lang", "zh", "check", "--all", "--json=maybe"),
                refusal("--lang", "zh", "check", "--jobs"),
                refusal("--lang", "fr", "list"));
        assertTrue(said.get(0).contains("threadlings：--jobs 的值不能是“abc”：它需要一个整数"), said.get(0));
        assertTrue(said.get(1).contains("threadlings：--json 只能指定一次"), said.get(1));
        assertTrue(said.get(2).contains("threadlings：--solution, --starter 只能选其中一个"), said.get(2));
        assertTrue(said.get(3).contains("它需要 true 或 false"), said.get(3));
        for (String one : said.subList(0, 5)) {
            assertEquals(List.of(), dev.threadlings.text.EnglishProse.lines(one), one);
            assertFalse(one.contains("Invalid value") || one.contains("should be specified") || one.contains("Missing")
                    || one.contains("mutually exclusive"), one);
        }
        assertTrue(said.get(5).contains("--lang cannot be \"fr\": the languages are zh and en"), said.get(5));
        assertTrue(refusal("--lang", "en", "check", "--all", "--jobs", "abc")
                .contains("--jobs cannot be \"abc\": it takes a whole number"));
    }

    @Test
    void checkWithLangZhGradesInChinese() {
        Run r = run(Map.of(), "--lang", "zh", "check", "doubler", "--file", starter());
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.out().contains("✘ doubler：2 项检查中通过 0 项"), r::toString);
        assertTrue(r.out().contains("✘ 翻倍"), r::toString);
        assertTrue(r.out().contains("twice(21) 必须返回 42。"), r::toString);
        assertFalse(r.out().contains(ConsoleCourse.CHECK_MESSAGE), () -> "English check text: " + r);
    }

    @Test
    void theLocaleDecidesWhenThereIsNoFlag() {
        Run zh = run(Map.of("LANG", "zh_CN.UTF-8"), "check", "doubler", "--file", starter());
        assertTrue(zh.out().contains("✘ 翻倍"), zh::toString);
        Run c = run(Map.of("LC_ALL", "C", "LANG", "zh_CN.UTF-8"), "check", "doubler", "--file", starter());
        assertTrue(c.out().contains("✘ doubles"), "LC_ALL=C is English: " + c.out());
        Run flag = run(Map.of("LANG", "zh_CN.UTF-8"), "--lang", "en", "check", "doubler", "--file", starter());
        assertTrue(flag.out().contains("✘ doubler: 0 of 2 checks pass"), "--lang wins: " + flag.out());
    }

    @Test
    void theGlobalOptionsAlsoAfterTheCommand() {
        // a teacher writes `threadlings check id --lang zh --state …` as readily as before the command
        Run after = run(Map.of(), "check", "doubler", "--file", starter(), "--lang", "zh");
        assertEquals(1, after.exit(), after::toString);
        assertTrue(after.out().contains("✘ 翻倍"), after::toString);
        Path state = tmp.resolve("state-after");
        ConsoleCourse.write(state, "progress.properties", "format=1\npassed=doubler\n");
        Run list = run(Map.of(), "list", "--json", "--state", state.toString());
        assertEquals(0, list.exit(), list::toString);
        var exercise = JsonParser.parseString(list.out()).getAsJsonObject().getAsJsonArray("lessons").get(0)
                .getAsJsonObject().getAsJsonArray("exercises").get(0).getAsJsonObject();
        assertTrue(exercise.get("passed").getAsBoolean(), list::toString);
    }

    @Test
    void jsonKeepsItsKeysAndMachineValues() {
        JsonObject en = JsonParser.parseString(run(Map.of(), "check", "doubler", "--file", starter(), "--json").out())
                .getAsJsonObject();
        JsonObject zh = JsonParser.parseString(run(Map.of("LANG", "zh_CN.UTF-8"), "check", "doubler", "--file",
                starter(), "--json").out()).getAsJsonObject();
        assertEquals(keys(en), keys(zh));
        assertEquals(en.get("exitCode"), zh.get("exitCode"));
        var enExercise = en.getAsJsonArray("exercises").get(0).getAsJsonObject();
        var zhExercise = zh.getAsJsonArray("exercises").get(0).getAsJsonObject();
        assertEquals(enExercise.get("status"), zhExercise.get("status"));
        assertEquals(enExercise.get("id"), zhExercise.get("id"));
        assertTrue(zhExercise.toString().contains("翻倍"), zhExercise::toString);
    }

    @Test
    void aSandboxReportInJsonSpeaksTheLanguageWithTheSameKeysAndClass() throws Exception {
        Path program = tmp.resolve("Abba.java");
        java.nio.file.Files.writeString(program, """
                public class Abba {
                    static final Object a = new Object(), b = new Object();
                    public static void main(String[] args) throws Exception {
                        Thread t1 = new Thread(() -> { synchronized (a) { synchronized (b) { } } });
                        Thread t2 = new Thread(() -> { synchronized (b) { synchronized (a) { } } });
                        t1.start(); t2.start(); t1.join(); t2.join();
                    }
                }
                """);
        JsonObject en = JsonParser.parseString(run(Map.of(), "sandbox", program.toString(), "--json").out())
                .getAsJsonObject();
        JsonObject zh = JsonParser.parseString(run(Map.of(), "--lang", "zh", "sandbox", program.toString(), "--json")
                .out()).getAsJsonObject();
        assertEquals("deadlock", en.get("class").getAsString());
        assertEquals(en.get("class"), zh.get("class"));
        assertEquals(en.get("exitCode"), zh.get("exitCode"));
        assertEquals(keys(en), keys(zh));
        assertTrue(zh.get("message").getAsString().contains("死锁"), zh::toString);
        // the locks are named by the static fields that hold them, in both languages
        assertTrue(zh.get("trace").toString().contains("获得锁 Object Abba."), zh::toString);
        assertTrue(en.get("trace").toString().contains("\"lock Object Abba."), en::toString);
        String prose = (zh.get("message") + "\n" + zh.get("details") + "\n" + zh.get("coverage") + "\n"
                + zh.getAsJsonArray("trace").asList().stream().map(e -> e.getAsJsonObject().get("what").getAsString())
                .collect(java.util.stream.Collectors.joining("\n"))).replaceAll("Abba\\.[ab]\\b", "Abba"); // the program's names
        assertEquals(List.of(), dev.threadlings.text.EnglishProse.lines(prose), prose);
    }

    @Test
    void everyCommandsHelpInChineseAndInEnglishAsWritten() {
        List<List<String>> commands = new ArrayList<>();
        commands(Main.commandLine(Map.of()), List.of(), commands);
        assertTrue(commands.size() >= 10, commands::toString);
        for (List<String> command : commands) {
            List<String> args = new ArrayList<>(List.of("--lang", "zh"));
            args.addAll(command);
            args.add("--help");
            Run zh = run(Map.of(), args.toArray(String[]::new));
            assertEquals(0, zh.exit(), zh::toString);
            assertTrue(zh.out().contains("用法：") && zh.out().contains("显示这份帮助并退出"), zh::toString);
            // options, labels, variables and file names are code; a step view key is written "a 键"
            String words = zh.out().replaceAll("--?[\\w-]+(=\\S+)?|<[^>]+>|\\[[^]]*]|\\S+\\.(jsh|java|md|json)"
                    + "|\\b[A-Z][A-Z_]+\\b|\\b[a-z] 键", " ");
            assertEquals(List.of(), dev.threadlings.text.EnglishProse.lines(words), String.join(" ", command) + ":\n"
                    + zh.out());
        }
        Run en = run(Map.of("LANG", "zh_CN.UTF-8"), "--lang", "en", "sandbox", "--help");
        assertTrue(en.out().contains("Run a program under the concurrency sandbox"), en::toString);
        Run refused = run(Map.of(), "--lang", "zh", "sandbox", "--bogus", "A.java");
        assertEquals(2, refused.exit());
        assertTrue(refused.err().contains("threadlings：未知的选项或参数：--bogus"), refused::toString);
    }

    private static void commands(CommandLine line, List<String> path, List<List<String>> out) {
        out.add(path);
        line.getSubcommands().forEach((name, sub) -> {
            List<String> deeper = new ArrayList<>(path);
            deeper.add(name);
            commands(sub, deeper, out);
        });
    }

    @Test
    void listShowsTranslatedTitlesAndStates() {
        Run r = run(Map.of("LANG", "zh_CN.UTF-8"), "--state", tmp.resolve("state").toString(), "list");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("doubler"), r::toString);
        assertTrue(r.out().contains("未完成"), r::toString);
        assertTrue(r.out().contains("翻一倍"), r::toString);
        Run json = run(Map.of("LANG", "zh_CN.UTF-8"), "--state", tmp.resolve("state").toString(), "list", "--json");
        var exercise = JsonParser.parseString(json.out()).getAsJsonObject().getAsJsonArray("lessons").get(0)
                .getAsJsonObject().getAsJsonArray("exercises").get(0).getAsJsonObject();
        assertEquals(List.of("id", "title", "kind", "passed", "failedChecks"), List.copyOf(exercise.keySet()));
        assertEquals("exercise", exercise.get("kind").getAsString(), "a kind is an id: the same in every language");
        assertEquals("翻一倍", exercise.get("title").getAsString());
    }

    /** Every key, at every depth, as a path. */
    private static List<String> keys(JsonObject o) {
        List<String> out = new ArrayList<>();
        o.entrySet().forEach(e -> {
            out.add(e.getKey());
            if (e.getValue().isJsonObject()) {
                keys(e.getValue().getAsJsonObject()).forEach(k -> out.add(e.getKey() + "." + k));
            } else if (e.getValue().isJsonArray()) {
                e.getValue().getAsJsonArray().forEach(v -> {
                    if (v.isJsonObject()) {
                        keys(v.getAsJsonObject()).forEach(k -> out.add(e.getKey() + "[]." + k));
                    }
                });
            }
        });
        return out;
    }
}
