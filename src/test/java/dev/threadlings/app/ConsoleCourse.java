package dev.threadlings.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A tiny course written into a temporary folder, so console tests never depend on the real course (which changes
 * as it is written). Two lessons, the first with two runnable blocks and the exercise {@code doubler}.
 */
final class ConsoleCourse {
    static final String EXERCISE = "doubler";
    static final String FILE = "Doubler.java";
    /** What the first check says when it fails. */
    static final String CHECK_MESSAGE = "twice(21) must return 42.";
    static final String SOLUTION = """
            int twice(int n) {
                return 2 * n;
            }
            """;

    private ConsoleCourse() {}

    /** Writes the course under {@code root} (which gets lessons/ and exercises/) and returns {@code root}. */
    static Path write(Path root) {
        write(root, "lessons/01-threads.md", """
                ---
                id: threads
                title: Threads
                order: 1
                exercises:
                  - doubler
                ---
                # Threads

                A thread is one path of execution through a program; this sentence is long on purpose, so that \
                the console has to wrap it at the width of the terminal.

                ```java
                System.out.println("hello from block one");
                ```

                ```java
                int answer = 6 * 7;
                ```
                """);
        write(root, "lessons/02-locks.md", """
                ---
                id: locks
                title: Locks
                ---
                # Locks

                Two threads that take two locks in opposite order can deadlock.

                ```java
                Object lock = new Object();
                ```

                ```java explore=deadlock
                Object a = new Object(), b = new Object();
                Thread t = Thread.ofPlatform().start(() -> { synchronized (a) { synchronized (b) { } } });
                synchronized (b) { synchronized (a) { } }
                t.join();
                ```

                ```java
                synchronized (lock) { System.out.println("held the lock"); }
                ```
                """);
        String dir = "exercises/" + EXERCISE + "/";
        write(root, dir + "exercise.md", """
                ---
                id: doubler
                title: Double it
                lesson: threads
                file: Doubler.java
                ---
                Write `twice(n)` so that it returns twice its argument.
                """);
        write(root, dir + FILE, """
                int twice(int n) {
                    return 0; // TODO
                }
                """);
        write(root, dir + "solution/" + FILE, SOLUTION);
        write(root, dir + "hints.md", """
                ## nudge
                Think of multiplication.

                ## concept
                Multiply `n` by two and return it.
                """);
        write(root, dir + "checks.md", """
                ## doubles
                %s

                ```holds
                twice(21) == 42
                ```

                ## prints
                Printing twice(5) shows 10.

                ```java
                System.out.println(twice(5));
                ```

                ```output
                10
                ```
                """.formatted(CHECK_MESSAGE));
        return root;
    }

    /** Adds a Chinese translation of the whole course under {@code root} (its code blocks the same). */
    static void writeChinese(Path root) {
        write(root, "lessons/zh/01-threads.md", """
                ---
                title: 线程
                translated-from: 0123456789ab
                ---
                # 线程

                线程是程序中的一条执行路径。

                ```java
                System.out.println("hello from block one");
                ```

                ```java
                int answer = 6 * 7;
                ```
                """);
        write(root, "lessons/zh/02-locks.md", """
                ---
                title: 锁
                translated-from: 0123456789ab
                ---
                # 锁

                两个线程以相反的顺序拿两把锁，就可能死锁。

                ```java
                Object lock = new Object();
                ```

                ```java explore=deadlock
                Object a = new Object(), b = new Object();
                Thread t = Thread.ofPlatform().start(() -> { synchronized (a) { synchronized (b) { } } });
                synchronized (b) { synchronized (a) { } }
                t.join();
                ```

                ```java
                synchronized (lock) { System.out.println("held the lock"); }
                ```
                """);
        String dir = "exercises/" + EXERCISE + "/zh/";
        write(root, dir + "exercise.md", """
                ---
                title: 翻倍
                translated-from: 0123456789ab
                ---
                写出 `twice(n)`，让它返回参数的两倍。
                """);
        write(root, dir + "hints.md", """
                ---
                translated-from: 0123456789ab
                ---
                ## 提示 1
                想想乘法。

                ## 提示 2
                把 `n` 乘以二再返回。
                """);
        write(root, dir + "checks.md", """
                ---
                translated-from: 0123456789ab
                ---
                ## 翻倍
                twice(21) 必须返回 42。

                ## 打印
                打印 twice(5) 显示 10。
                """);
    }

    static void write(Path root, String relative, String text) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
