package dev.threadlings.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlings.course.Language;
import dev.threadlings.grade.CheckResult;
import dev.threadlings.grade.Verdict;
import dev.threadlings.markdown.Columns;
import dev.threadlings.text.Messages;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A failing check's description is Markdown source: it reads as a lesson does, in either language, at any width. */
class CheckMessageTest {
    private static final String ENGLISH = """
            Two threads each call `increment()` twice, and afterwards `get()` must say 4 — in *every* interleaving
            the sandbox tries, not just in **one** lucky run.

            A `compareAndSet` whose failure falls back to a plain `set` loses a count.""";
    private static final String CHINESE = """
            两个线程各调用 `increment()` 两次，之后 `get()` 必须是 4——在沙箱尝试的*每一种*交错中，而不只是某一次碰巧成功的
            运行。（各调用两次：一个只在第一次尝试时是原子的更新——`compareAndSet` 失败后退回普通的
            `set`——只有在另一个线程恰好在中间又写了一次时才会少计一次。）""";

    private static List<String> shown(String message, int width, Messages text) {
        CheckResult.Failed f = new CheckResult.Failed("two threads never lose an increment", message,
                "one interleaving of the threads breaks it", List.of(), "assertion");
        return Styled.fitted(VerdictText.describe(Verdict.of("races-counter", List.of(f), 1, 1.0), "races-counter",
                width, text), width).stream().map(Styled::text).toList();
    }

    @Test
    void noMarkdownMarkersAreShown() {
        for (int width : List.of(60, 140)) {
            for (var sample : List.of(List.of(ENGLISH, "en"), List.of(CHINESE, "zh"))) {
                Messages text = new Messages(Language.ofTag(sample.get(1)).orElseThrow().locale());
                List<String> lines = shown(sample.get(0), width, text);
                String all = String.join("\n", lines);
                assertFalse(all.contains("`"), all);
                assertFalse(all.contains("*"), all);
                assertTrue(all.replace("\n", "").replace(" ", "").contains("increment()"), all);
                lines.forEach(l -> assertTrue(Columns.width(l) <= width, width + ": " + l));
            }
        }
    }

    @Test
    void softBreaksJoinAsTheLanguageWants() {
        String english = String.join(" ", shown(ENGLISH, 140, Messages.ENGLISH).stream().map(String::strip).toList());
        assertTrue(english.contains("in every interleaving the sandbox tries, not just in one lucky run."), english);
        String chinese = String.join("", shown(CHINESE, 140, new Messages(Language.ZH.locale())).stream()
                .map(String::strip).toList());
        assertTrue(chinese.contains("某一次碰巧成功的运行。"), "no space at the soft break: " + chinese);
        assertTrue(chinese.contains("普通的 set——只有"), "Latin beside Chinese keeps its space: " + chinese);
        assertEquals(-1, chinese.indexOf("的 运行"), chinese);
    }
}
