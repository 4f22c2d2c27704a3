package dev.threadlings.step;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;

/** The step view's keys: a terminal's late reply among them runs no thread. */
class StepKeysTest {

    private static StepKeys keys(String typed) throws Exception {
        var terminal = new DumbTerminal("keys", "xterm-256color",
                new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream(),
                StandardCharsets.UTF_8);
        return new StepKeys(terminal);
    }

    @Test
    void aLateReplyToTheTerminalQueriesIsNotAKey() throws Exception {
        StepKeys k = keys("\u001b[?2027;0$y\u001b[?1;2c2q");
        assertEquals(new StepKeys.Key.Run(2), k.next());
        assertEquals(new StepKeys.Key.Quit(), k.next());
    }

    @Test
    void wAndADigitWakesThatThread() throws Exception {
        StepKeys k = keys("w2 1 w");
        assertEquals(new StepKeys.Key.Wake(2), k.next());
        assertEquals(new StepKeys.Key.Run(1), k.next());
        assertEquals(new StepKeys.Key.Quit(), k.next(), "a w with nothing after it at the end of input");
    }

    @Test
    void digitsAndLettersAreTheirKeys() throws Exception {
        StepKeys k = keys("1 u\na x");
        assertEquals(new StepKeys.Key.Run(1), k.next());
        assertEquals(new StepKeys.Key.Undo(), k.next());
        assertEquals(new StepKeys.Key.Auto(), k.next());
        assertEquals(new StepKeys.Key.Other(), k.next());
        assertEquals(new StepKeys.Key.Quit(), k.next()); // the end of input
    }
}
