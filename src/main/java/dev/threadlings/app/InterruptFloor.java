package dev.threadlings.app;

import org.jline.terminal.Terminal;
import sun.misc.Signal;

/**
 * The SIGINT handler under JLine's. JLine 4.5 changes its handler by first putting back the one it found when the
 * terminal was built, then registering the new one (PosixSysTerminal.handle); it does so as every line read
 * starts and ends, and around every snippet. Found by the JVM's default handler, a Ctrl-C in that gap ended the
 * console (exit 130, and "Terminal has been closed" from the shutdown): bursts of 300 presses 4 ms apart ended it in
 * every run. Installed before the terminal is built, this is the handler JLine puts back, and it hands the signal
 * to the terminal, which gives it to whatever handler the console or the line reader has at that moment.
 */
final class InterruptFloor {
    private static volatile Terminal terminal;

    private InterruptFloor() {}

    /** Installs the floor; until {@link #forwardTo} names a terminal, Ctrl-C ends the program as before. */
    static void install() {
        try {
            Signal.handle(new Signal("INT"), signal -> {
                Terminal t = terminal;
                if (t == null) {
                    Runtime.getRuntime().exit(130); // still starting: Ctrl-C means "never mind"
                    return;
                }
                try {
                    t.raise(Terminal.Signal.INT);
                } catch (RuntimeException e) {
                    // the terminal is closing: the console is ending anyway
                }
            });
        } catch (IllegalArgumentException e) {
            // no SIGINT on this platform: nothing to guard
        }
    }

    /** From now on a Ctrl-C that meets the floor goes to {@code t}'s current handler. */
    static void forwardTo(Terminal t) {
        terminal = t;
    }
}
