package dev.threadlings.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads instrumentation.txt: "### title", a ```java block (a class body), then "explored:" and "free:", each
 * followed by its listing or by "unchanged" on the same line. Lines starting with "#" outside a block are comments.
 */
final class InstrumentationSpec {
    private InstrumentationSpec() {}

    static List<InstrumentationSpecTest.Example> read(Path file) throws IOException {
        List<InstrumentationSpecTest.Example> out = new ArrayList<>();
        String title = null;
        StringBuilder body = null;
        StringBuilder explored = null;
        StringBuilder free = null;
        StringBuilder current = null;
        boolean inCode = false;
        for (String line : Files.readAllLines(file)) {
            if (inCode) {
                if (line.equals("```")) {
                    inCode = false;
                } else {
                    body.append(line).append('\n');
                }
            } else if (line.startsWith("### ")) {
                add(out, title, body, explored, free);
                title = line.substring(4).strip();
                body = new StringBuilder();
                explored = new StringBuilder();
                free = new StringBuilder();
                current = null;
            } else if (line.equals("```java")) {
                inCode = true;
            } else if (line.startsWith("explored:") || line.startsWith("free:")) {
                current = line.startsWith("free:") ? free : explored;
                String rest = line.substring(line.indexOf(':') + 1).strip();
                if (!rest.isEmpty()) {
                    current.append(rest).append('\n');
                }
            } else if (line.startsWith("#") || line.isBlank()) {
                continue;
            } else if (current == null) {
                throw new IllegalArgumentException("a listing line outside explored:/free: in " + title + ": " + line);
            } else {
                current.append(line.stripTrailing()).append('\n');
            }
        }
        add(out, title, body, explored, free);
        return out;
    }

    private static void add(List<InstrumentationSpecTest.Example> out, String title, StringBuilder body,
                            StringBuilder explored, StringBuilder free) {
        if (title != null) {
            if (body.isEmpty() || explored.isEmpty() || free.isEmpty()) {
                throw new IllegalArgumentException("example without a body, explored: or free: — " + title);
            }
            out.add(new InstrumentationSpecTest.Example(title, body.toString(), explored.toString(), free.toString()));
        }
    }
}
