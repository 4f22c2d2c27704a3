package dev.threadlings.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlings.course.Language;
import dev.threadlings.markdown.Columns;
import dev.threadlings.text.EnglishProse;
import dev.threadlings.text.Messages;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The bench's table in the reader's language, its figures in columns counted by display width. */
class BenchReportTest {
    private static final BenchResult RESULT = new BenchResult("threadlings", "jshell",
            new BenchResult.Pair(Stats.of(List.of(0.9, 1.1, 1.0)), Stats.of(List.of(2.0, 2.2, 2.1))),
            new BenchResult.Pair(Stats.of(List.of(0.05, 0.06)), Stats.of(List.of(0.25, 0.3))),
            Optional.of(Stats.of(List.of(12.0, 14.0))), Optional.of("races-counter"), List.of());

    @Test
    void chineseTableHasNoEnglishAndKeepsItsColumns() {
        String zh = BenchReport.text(RESULT, "25.0.1", 2, 3, 2, new Messages(Language.ZH.locale()));
        assertEquals(List.of(), EnglishProse.lines(zh), zh);
        assertTrue(zh.contains("启动 → 提示符"), zh);
        List<String> rows = zh.lines().filter(l -> l.contains(" s ") || l.endsWith(" s") || l.contains("×")).toList();
        // the launch row and its min–max row: jshell's figure ends at the same column whatever the label's script
        String launch = rows.stream().filter(l -> l.startsWith("启动")).findFirst().orElseThrow();
        String range = zh.lines().filter(l -> l.contains("最小–最大")).findFirst().orElseThrow();
        assertEquals(Columns.width(launch.substring(0, launch.indexOf("2.10 s") + 6)),
                Columns.width(range.substring(0, range.indexOf("2.00–2.20 s") + 11)), zh);
    }

    @Test
    void englishTableAsBefore() {
        String en = BenchReport.text(RESULT, "25.0.1", 2, 3, 2, Messages.ENGLISH);
        assertTrue(en.startsWith("threadlings bench (JDK 25.0.1, 2 cores) — medians of 3 launches, 2 evals\n"), en);
        assertTrue(en.contains("launch → prompt              1.00 s       2.10 s     0.48×\n"), en);
        assertTrue(en.contains("check races-counter         13.00 s   (no ratio)\n"), en);
    }
}
