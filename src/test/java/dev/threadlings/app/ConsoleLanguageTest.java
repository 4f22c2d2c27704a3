package dev.threadlings.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlings.markdown.Columns;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /lang: the console's strings and the course's translated files switch together; English where none exists. */
class ConsoleLanguageTest {
    @TempDir
    static Path tmp;
    static ConsoleDriver console;

    @BeforeAll
    static void start() {
        Path course = ConsoleCourse.write(tmp.resolve("course"));
        ConsoleCourse.write(course, "lessons/zh/01-threads.md", """
                ---
                title: 线程
                translated-from: 0123456789ab
                ---
                # 线程

                线程是程序中的一条执行路径；这句话故意写得很长，好让控制台不得不按照终端的宽度把它折行显示出来，而且中文没有空格。

                ```java
                System.out.println("hello from block one"); // 第一块
                ```

                ```java
                int answer = 6 * 7;
                ```
                """);
        console = ConsoleDriver.start(course, tmp.resolve("work"), tmp.resolve("state"));
        console.awaitPrompt();
    }

    @AfterAll
    static void stop() {
        if (console != null) {
            console.close();
        }
    }

    @Test
    void switchingToChineseAndBack() {
        String switched = console.run("/lang zh");
        assertTrue(switched.contains("课程现在是简体中文。"), switched);
        String help = console.run("/help");
        assertTrue(help.contains("输入 Java 代码即在 JShell 中运行"), help);
        assertTrue(help.contains("/lang zh|en"), help);
        assertTrue(help.contains("阅读下一课"), help);

        String lesson = console.run("/lesson 1");
        assertTrue(lesson.startsWith("线程\n"), lesson);
        assertTrue(lesson.contains("第 1 课，共 2 课：线程"), lesson);
        lesson.lines().forEach(l -> assertTrue(Columns.width(l) <= ConsoleDriver.COLUMNS, "too wide: " + l));
        assertTrue(console.run("/run 1").contains("hello from block one"));

        String other = console.run("/lesson 2");
        assertTrue(other.contains("第 2 课，共 2 课："), "no translation: English prose, Chinese console: " + other);

        String back = console.run("/lang en");
        assertTrue(back.contains("The course is now in English."), back);
        assertTrue(console.run("/lesson 1").startsWith("Threads\n"));
    }
}
