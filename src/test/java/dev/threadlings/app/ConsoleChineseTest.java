package dev.threadlings.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlings.markdown.Columns;
import dev.threadlings.text.EnglishProse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console in Chinese says nothing in English outside code: its commands' help, their refusals and hints, an
 * exercise, a failing /check with an output diff, hints, /solution's refusal, /progress — on a course translated
 * whole, at 60 columns (CJK characters two columns each).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // one console: the first test's /check comes first
class ConsoleChineseTest {
    @TempDir
    static Path tmp;
    static ConsoleDriver console;

    @BeforeAll
    static void start() {
        Path course = ConsoleCourse.write(tmp.resolve("course"));
        ConsoleCourse.writeChinese(course);
        console = ConsoleDriver.start(course, tmp.resolve("work"), tmp.resolve("state"), "zh");
        console.awaitPrompt();
    }

    @AfterAll
    static void stop() {
        if (console != null) {
            console.close();
        }
    }

    /** Runs {@code line} and fails on English prose or a line wider than the terminal in what it printed. */
    private static String chinese(String line) {
        String shown = console.run(line);
        assertEquals(List.of(), EnglishProse.lines(shown), line + " printed English:\n" + shown);
        shown.lines().forEach(l -> assertTrue(Columns.width(l) <= ConsoleDriver.COLUMNS, line + ": too wide: " + l));
        return shown;
    }

    private static void expect(String line, String fragment) {
        String shown = chinese(line);
        assertTrue(shown.contains(fragment), line + " did not say " + fragment + ":\n" + shown);
    }

    @Test
    @Order(1)
    void commandsTheirRefusalsAndAFailingCheckInChinese() {
        expect("/help", "阅读下一课");
        expect("/help check", "在一个全新的 Java 虚拟机里");
        chinese("/help reset");
        expect("/nope", "没有这个命令：/nope");
        expect("/hnt", "你是想输入 /hint 吗");
        expect("/e", "可能是");
        expect("/solution", "还没有打开任何练习");
        chinese("/run");
        expect("/lessons", "练习 0/1");
        chinese("/exercises");
        expect("/lesson lcks", "你是想输入“locks”吗");
        expect("/exercise nosuch", "没有练习“nosuch”");
        chinese("/vars");
        console.run("/lesson 1"); // its code prints English, as code may
        expect("/prev", "第一课");
        expect("/run x", "/run 后面要跟代码块的编号");
        expect("/run 9", "1 到 2");
        chinese("/exercise doubler");
        String check = chinese("/check");
        assertTrue(check.contains("期望的（-）与打印的（+）："), check);
        assertTrue(check.contains("@ 第 1 行"), check);
        chinese("/hint");
        chinese("/hint");
        expect("/solution", "还不行");
        expect("/progress", "检查失败 1 次");
    }

    /** What JShell said of {@code java}: English prose fails; its lines are not wrapped (as jshell's are not). */
    private static String jshell(String java) {
        String shown = console.run(java);
        assertEquals(List.of(), EnglishProse.lines(shown), java + " printed English:\n" + shown);
        return shown;
    }

    @Test
    @Order(2)
    void jshellAndJavacSpeakChineseToo() throws Exception {
        assertTrue(jshell("class Box { int n; }").contains("|  已创建 类 Box"));
        assertTrue(jshell("class Box { long n; }").contains("|  已替换 类 Box"));
        String later = jshell("void later() { Missing.go(); }");
        assertTrue(later.contains("|  已创建 方法 later()，不过在声明 变量 Missing 之前还不能使用它"), later);
        String error = jshell("undefinedMethod(3)");
        assertTrue(error.startsWith("|  错误：\n|  找不到符号"), error); // javac's own Chinese, not the machine's locale
        Path file = tmp.resolve("work").resolve(ConsoleCourse.EXERCISE).resolve(ConsoleCourse.FILE);
        console.run("/exercise " + ConsoleCourse.EXERCISE);
        Files.writeString(file, "int twice(int n) {\n    return n * undefinedFactor;\n}\n");
        String undeclared = chinese("/check");
        // on the line that uses it, as javac says, with a caret under the name
        assertTrue(undeclared.contains("Doubler.java:2：错误：twice(int) 用到了 变量"), undeclared);
        assertTrue(undeclared.contains("^-------------^"), undeclared);
        assertTrue(undeclared.contains("undefinedFactor，但它没有声明"), undeclared);
        Files.writeString(file, "int twice(int n) {\n    return n * \"two\";\n}\n");
        String javac = chinese("/check");
        assertTrue(javac.contains("Doubler.java:2：错误："), javac);
        assertTrue(javac.contains("运算符"), "javac's Chinese: " + javac);
    }
}
