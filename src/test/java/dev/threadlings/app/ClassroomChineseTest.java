package dev.threadlings.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlings.markdown.Columns;
import dev.threadlings.text.EnglishProse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A teacher grading a class in Chinese ({@code check --submissions --lang zh}) reads no English outside code and
 * names: the progress lines, the class table (its columns aligned by display width), the totals, and the reasons
 * in the Exercism-style results a student reads.
 */
class ClassroomChineseTest {

    @Test
    void aClassGradedInChinese(@TempDir Path tmp) throws Exception {
        Path course = ConsoleCourse.write(tmp.resolve("course"));
        ConsoleCourse.writeChinese(course);
        Path submissions = tmp.resolve("submissions");
        Files.createDirectories(submissions.resolve("wang"));
        Files.writeString(submissions.resolve("wang").resolve(ConsoleCourse.FILE), ConsoleCourse.SOLUTION);
        Files.createDirectories(submissions.resolve("li"));
        Files.writeString(submissions.resolve("li").resolve(ConsoleCourse.FILE), "int twice(int n) { return n; }\n");
        Files.createDirectories(submissions.resolve("zhang")); // handed in nothing
        Path results = tmp.resolve("results");

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute("--course", course.toString(), "--lang", "zh", "check", ConsoleCourse.EXERCISE,
                "--submissions", submissions.toString(), "--jobs", "1", "--results", results.toString());

        assertEquals(1, exit, err + "\n" + out);
        String teacher = err + "\n" + out;
        assertEquals(List.of(), EnglishProse.lines(teacher), teacher);
        assertTrue(err.toString().contains("评了 2 个文件"), teacher);
        assertTrue(err.toString().contains("– 未提交（没有 doubler/Doubler.java）"), teacher);
        List<String> table = out.toString().lines().toList();
        assertTrue(table.getFirst().startsWith("学生"), teacher);
        // "学生" is four columns wide: the counts line up under "通过" by display width, not by characters
        int passedColumn = Columns.width(table.getFirst().substring(0, table.getFirst().indexOf("通过")));
        assertEquals("zhang".length() + 2, passedColumn, teacher);
        for (String row : table.subList(1, 4)) {
            assertTrue(Character.isDigit(row.charAt(passedColumn)) && row.charAt(passedColumn - 1) == ' ', row);
        }
        assertTrue(table.getLast().startsWith("3 份提交，3 个评分：通过 1，失败 1"), teacher);
        String missing = Files.readString(results.resolve("zhang").resolve(ConsoleCourse.EXERCISE)
                .resolve("results.json"));
        assertTrue(missing.contains("没有提交文件"), missing);
        String failed = Files.readString(results.resolve("li").resolve(ConsoleCourse.EXERCISE).resolve("results.json"));
        assertEquals(List.of(), EnglishProse.lines(failed.replaceAll("\"(status|name|test_code|version|tests)\"", "")),
                failed);
    }
}
