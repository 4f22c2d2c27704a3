package dev.threadlings.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every example of {@code src/test/resources/markdown/render-spec.txt} (the format is described at the top of
 * that file): the Markdown rendered at the example's width, without colour, must equal the expected text exactly.
 */
class MarkdownRenderSpecTest {

    static final String RESOURCE = "/markdown/render-spec.txt";
    private static final Pattern HEADER = Pattern.compile("%%% example (\\S+) width=(\\d+)");

    /** One example of the spec file; {@code line} is where it starts, for failure messages. */
    record Example(String name, int width, String markdown, String expected, int line) {
        @Override
        public String toString() {
            return name + " (line " + line + ", width " + width + ")";
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void rendersAsSpecified(Example example) {
        RenderedDocument doc = new MarkdownRenderer(new RenderOptions(example.width(), false)).render(example.markdown());

        assertEquals(example.expected(), doc.toPlain(), () -> "render-spec.txt line " + example.line());
        assertEquals(doc.toPlain(), doc.toAnsi(), "without colour toAnsi() must equal toPlain()");
    }

    static List<Example> examples() throws IOException {
        List<Example> examples = parse(read());
        assertFalse(examples.isEmpty(), "no examples in " + RESOURCE);
        return examples;
    }

    private static String read() throws IOException {
        try (InputStream in = MarkdownRenderSpecTest.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("missing test resource " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A tiny state machine over the spec file's lines: outside, in the Markdown, in the expected text. */
    static List<Example> parse(String spec) {
        List<Example> out = new ArrayList<>();
        String[] lines = spec.split("\n", -1);
        String name = null;
        int width = 0;
        int start = 0;
        StringBuilder markdown = null;
        StringBuilder expected = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher header = HEADER.matcher(line);
            if (header.matches()) {
                name = header.group(1);
                width = Integer.parseInt(header.group(2));
                start = i + 1;
                markdown = new StringBuilder();
                expected = null;
            } else if (line.equals("%%% expect") && markdown != null) {
                expected = new StringBuilder();
            } else if (line.equals("%%% end") && expected != null) {
                out.add(new Example(name, width, markdown.toString().replace('→', '\t'),
                        stripLastNewline(expected), start));
                markdown = null;
                expected = null;
            } else if (expected != null) {
                expected.append(line).append('\n');
            } else if (markdown != null) {
                markdown.append(line).append('\n');
            } else if (line.startsWith("%%%")) {
                throw new IllegalArgumentException("render-spec.txt line " + (i + 1) + ": stray " + line);
            }
        }
        if (markdown != null) {
            throw new IllegalArgumentException("render-spec.txt: example " + name + " is not closed with %%% end");
        }
        return out;
    }

    private static String stripLastNewline(StringBuilder text) {
        return text.isEmpty() ? "" : text.substring(0, text.length() - 1);
    }
}
