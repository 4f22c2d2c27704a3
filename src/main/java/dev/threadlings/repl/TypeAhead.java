package dev.threadlings.repl;

import java.io.IOException;
import org.jline.terminal.Terminal;

/**
 * Whether more input is already waiting: a paste (without bracketed paste) arrives faster than anyone types. While
 * it lasts, the console treats the lines as one block — the way bracketed paste would — instead of asking JShell
 * about the growing buffer and colouring all of it again after every line, which made a paste quadratic.
 */
final class TypeAhead {
    private final Terminal terminal;

    TypeAhead(Terminal terminal) {
        this.terminal = terminal;
    }

    /** True when a key is waiting, looked at without taking it (waits at most a millisecond). */
    boolean pending() {
        try {
            return terminal.reader().peek(1) >= 0;
        } catch (IOException | RuntimeException e) {
            return false; // a closed terminal has nothing waiting
        }
    }
}
