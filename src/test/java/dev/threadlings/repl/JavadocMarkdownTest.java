package dev.threadlings.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** JDK doc comments (javadoc HTML and tags) become the Markdown that lessons are written in. */
class JavadocMarkdownTest {

    @Test
    void inlineTagsAndHtmlBecomeMarkdown() {
        assertEquals("""
                Waits for `millis` ms; see `Object.wait(long)` and
                *the interrupted status* of **this** thread.

                A second paragraph: 1 \\< 2 \\* 3.
                """, JavadocMarkdown.of(" Waits for {@code millis} ms; see {@link Object#wait(long)} and\n"
                + " <i>the interrupted status</i> of <b>this</b> thread.\n\n <p> A second paragraph: 1 &lt; 2 * 3."));
    }

    @Test
    void blockTagsBecomeListsAfterTheDescription() {
        assertEquals("""
                Sleeps.

                **Parameters:**

                - `millis` — the length of time to sleep in milliseconds

                **Throws:**

                - `InterruptedException` — if any thread has interrupted the current thread.

                **Returns:** nothing
                """, JavadocMarkdown.of(" Sleeps.\n\n @param  millis\n         the length of time to sleep in"
                + " milliseconds\n\n @return nothing\n @throws  InterruptedException\n          if any thread has"
                + " interrupted the current thread."));
    }

    @Test
    void preformattedCodeIsAFencedBlockAndProseIndentationIsNotCode() {
        assertEquals("""
                For example:

                ```java norun
                  x = a < b;
                ```

                \\- not a list
                """, JavadocMarkdown.of(" For example:\n <pre>{@code\n  x = a < b;\n}</pre>\n\n     - not a list"));
    }
}
