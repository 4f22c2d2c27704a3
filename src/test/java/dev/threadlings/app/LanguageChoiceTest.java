package dev.threadlings.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.threadlings.course.Language;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageChoiceTest {

    @Test
    void theFlagWins() {
        assertEquals(Language.EN, LanguageChoice.of(Optional.of(Language.EN), Map.of("LANG", "zh_CN.UTF-8")));
    }

    @Test
    void thenTheFirstLocaleVariableSet() {
        assertEquals(Language.ZH, LanguageChoice.of(Optional.empty(), Map.of("LANG", "zh_CN.UTF-8")));
        assertEquals(Language.ZH, LanguageChoice.of(Optional.empty(), Map.of("LC_ALL", "zh_TW", "LANG", "en_US")));
        assertEquals(Language.EN, LanguageChoice.of(Optional.empty(), Map.of("LC_ALL", "C", "LANG", "zh_CN.UTF-8")),
                "LC_ALL=C means the C locale, English, whatever LANG says");
        assertEquals(Language.ZH, LanguageChoice.of(Optional.empty(), Map.of("LC_ALL", "", "LANG", "zh_CN.UTF-8")),
                "an empty variable is not set");
    }

    @Test
    void elseEnglish() {
        assertEquals(Language.EN, LanguageChoice.of(Optional.empty(), Map.of()));
        assertEquals(Language.EN, LanguageChoice.of(Optional.empty(), Map.of("LANG", "fr_FR.UTF-8")));
    }
}
