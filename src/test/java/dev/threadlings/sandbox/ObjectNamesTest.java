package dev.threadlings.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlings.report.PhraseText;
import dev.threadlings.report.SandboxText;
import dev.threadlings.text.Messages;
import dev.threadlings.sandbox.runtime.ExploreSettings;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: a trace names an object by what first held it — the variable it was put in ({@code Account alice}), a
 * static field ({@code Object Bank.AUDIT}), a field of a named object ({@code Object alice.lock}) — and keeps the
 * name all through, even in the steps before the variable was set (the constructor's); objects without a holder,
 * and a second object put in the same variable, keep their numbers. Deterministic: the explorer's own replays.
 */
class ObjectNamesTest {
    private static final String ACCOUNTS = """
            class Bank {
                static final Object AUDIT = new Object();
            }
            class Account {
                final Object lock = new Object();
                int balance;
                Account(int balance) {
                    synchronized (lock) { // the lock is mentioned before any variable holds the account
                        this.balance = balance;
                    }
                }
            }
            public class Accounts {
                public static void main(String[] args) throws InterruptedException {
                    synchronized (Bank.AUDIT) { }
                    Object spare = null;
                    for (int i = 0; i < 2; i++) {
                        spare = new Object(); // the second object in the same variable keeps its number
                        synchronized (spare) { }
                    }
                    Account alice = new Account(100);
                    Account bob = new Account(100);
                    Thread a = new Thread(() -> { synchronized (alice.lock) { synchronized (bob.lock) { } } });
                    Thread b = new Thread(() -> { synchronized (bob.lock) { synchronized (alice.lock) { } } });
                    a.start(); b.start(); a.join(); b.join();
                }
            }
            """;

    @Test
    void objectsAreNamedByWhatFirstHeldThemAllThrough() {
        SandboxReport r = Sandbox.explore(ProgramScenario.of("Accounts.java", ACCOUNTS), ExploreSettings.defaults());
        assertEquals("deadlock", r.outcome().id(), SandboxText.message(r));
        String message = String.join("\n", SandboxText.details(r));
        assertTrue(message.contains("holds Object alice.lock, waits for monitor Object bob.lock held by T")
                || message.contains("holds Object bob.lock, waits for monitor Object alice.lock held by T"), message);
        String steps = r.trace().stream().map(s -> PhraseText.say(s.what(), Messages.ENGLISH)).collect(Collectors.joining("\n"));
        assertTrue(steps.contains("lock Object Bank.AUDIT"), steps);
        assertTrue(steps.contains("lock Object spare\n") && steps.contains("lock Object#"), "the second spare:\n" + steps);
        // the constructor locks each account's lock before `alice = …` runs: named so from that first step on
        assertTrue(steps.startsWith("lock Object Bank.AUDIT"), steps);
        assertTrue(steps.contains("Account.lock = Object alice.lock\nlock Object alice.lock\n"), steps);
        for (String lock : new String[] {"lock Object alice.lock", "lock Object bob.lock"}) {
            assertTrue(steps.lines().filter(lock::equals).count() >= 2, "in the constructor and a thread:\n" + steps);
        }
        assertFalse(steps.contains("Object#1.lock") || steps.contains("Account#"), steps);
    }

    @Test
    void aScriptVariableIsNamedAsTheLearnerWroteIt() {
        SandboxReport r = Sandbox.explore(ProgramScenario.of("Wallets.jsh", """
                Object a = new Object();
                Object b = new Object();
                Thread t = new Thread(() -> { synchronized (a) { synchronized (b) { } } });
                t.start();
                synchronized (b) { synchronized (a) { } }
                t.join();
                """), ExploreSettings.defaults());
        assertEquals("deadlock", r.outcome().id(), SandboxText.message(r));
        String message = String.join("\n", SandboxText.details(r));
        assertTrue(message.contains("holds Object a, waits for monitor Object b held by")
                || message.contains("holds Object b, waits for monitor Object a held by"), message);
        assertFalse(message.contains("a_") || message.contains("b_"), "JShell's own locals are not the names:\n"
                + message);
    }
}
