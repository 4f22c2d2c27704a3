package dev.threadlings.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TerminalEncodingTest {

    @Test
    void theCodesetOfTheFirstLocaleVariableSet() {
        assertEquals(Optional.of(StandardCharsets.UTF_8), TerminalEncoding.of(Map.of("LANG", "zh_CN.UTF-8")));
        assertEquals(Optional.of(StandardCharsets.UTF_8), TerminalEncoding.of(Map.of("LANG", "C.utf8")));
        assertEquals(Optional.of(Charset.forName("GB18030")),
                TerminalEncoding.of(Map.of("LC_ALL", "zh_CN.GB18030", "LANG", "zh_CN.UTF-8")));
        assertEquals(Optional.of(StandardCharsets.UTF_8),
                TerminalEncoding.of(Map.of("LC_CTYPE", "en_US.UTF-8@euro", "LANG", "C")));
    }

    @Test
    void nothingNamedLeavesJLinesChoice() {
        assertEquals(Optional.empty(), TerminalEncoding.of(Map.of()));
        assertEquals(Optional.empty(), TerminalEncoding.of(Map.of("LANG", "C")));
        assertEquals(Optional.empty(), TerminalEncoding.of(Map.of("LANG", "xx_XX.no-such-codeset")));
    }
}
