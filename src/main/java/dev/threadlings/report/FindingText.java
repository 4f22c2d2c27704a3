package dev.threadlings.report;

import dev.threadlings.markdown.Columns;
import dev.threadlings.sandbox.runtime.Awaited;
import dev.threadlings.sandbox.runtime.Cause;
import dev.threadlings.sandbox.runtime.Finding;
import dev.threadlings.sandbox.runtime.Frame;
import dev.threadlings.sandbox.runtime.Limit;
import dev.threadlings.sandbox.runtime.Missed;
import dev.threadlings.sandbox.runtime.RacingAccesses;
import dev.threadlings.sandbox.runtime.Stalled;
import dev.threadlings.sandbox.runtime.Waiter;
import dev.threadlings.text.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * A sandbox finding in words, in one language (keys {@code finding.*} of the bundles): its one-line message and
 * the lines that explain it (the wait-for graph, the frames, the race's cause). Names of threads, variables,
 * calls and places are the program's own and stay as they are.
 */
public final class FindingText {
    private FindingText() {}

    /** One line: "T1 threw assertion failed: …", "data race on Worker.stop: …". */
    public static String message(Finding finding, Messages text) {
        return switch (finding) {
            case Finding.Thrown t -> t.assertion()
                    ? t.message() == null ? say(text, "finding.assertion", t.thread())
                            : say(text, "finding.assertion.message", t.thread(), t.message())
                    : t.message() == null ? say(text, "finding.thrown", t.thread(), t.type())
                            : say(text, "finding.thrown.message", t.thread(), t.type(), t.message());
            case Finding.Exited e -> say(text, "finding.exit", e.thread(), String.valueOf(e.status()));
            case Finding.Deadlock d -> say(text, switch (d.reason()) {
                case EACH_OTHER -> "finding.deadlock";
                case NO_SIGNAL_SENT -> "finding.deadlock.no-signal";
                case NOTHING_LEFT_TO_RELEASE -> "finding.deadlock.nothing-left";
            });
            case Finding.LostWakeup l -> say(text, "finding.lost-wakeup", missed(l.missed(), text));
            case Finding.DataRace r -> race(r.race(), text);
            case Finding.StepLimit s -> say(text, "finding.step-limit", s.steps());
            case Finding.Spin s -> say(text, "finding.spin", s.steps());
            case Finding.Spinning s -> say(text, "finding.spinning");
            case Finding.StillRunning s -> say(text, "finding.still-running", s.seconds());
            case Finding.Blocked b -> b.call() == null ? say(text, "finding.blocked.unknown")
                    : say(text, "finding.blocked", b.call());
            case Finding.NotModelled n -> say(text, n.advice() == Finding.NotModelled.Advice.START_FROM_MAIN
                    ? "finding.not-modelled.initializer" : "finding.not-modelled", n.call());
            case Finding.ForeignThreads f -> say(text, "finding.foreign",
                    String.join(", ", f.names()) + (f.more() ? ", …" : ""));
            case Finding.NotLoaded n -> say(text, "finding.not-loaded", n.error());
            case Finding.SandboxFailed f -> say(text, "finding.failed." + switch (f.reason()) {
                case EXPLORER -> "explorer";
                case TIMED_OUT -> "timed-out";
                case NO_RESULT -> "no-result";
                case NOT_STARTED -> "not-started";
                case INTERRUPTED -> "interrupted";
                case UNREADABLE -> "unreadable";
                case INTERNAL -> "internal";
            }, f.detail());
            case Finding.EndedEarly e -> say(text, "finding.ended-early", String.valueOf(e.exitCode()));
            case Finding.NotCompiled n -> say(text, "finding.not-compiled");
        };
    }

    /** The lines under the message, unindented (frames are "  at …", indented as the explorer always did). */
    public static List<String> details(Finding finding, Messages text) {
        List<String> out = new ArrayList<>();
        switch (finding) {
            case Finding.Thrown t -> {
                t.frames().forEach(f -> out.add(frame(f, text)));
                cause(t.cause(), text, out);
            }
            case Finding.Exited e -> e.frames().forEach(f -> out.add(frame(f, text)));
            case Finding.Deadlock d -> waiters(d.waiters(), d.leaks(), text, out);
            case Finding.LostWakeup l -> waiters(l.waiters(), l.leaks(), text, out);
            case Finding.DataRace r -> {
                // one paragraph (the bundle keeps it in lines for its readers): cut into lines here, each was
                // wrapped again at a narrower screen and read ragged
                StringBuilder why = new StringBuilder(say(text, "finding.race.why.1"));
                for (int i = 2; i <= 4; i++) {
                    String next = say(text, "finding.race.why." + i);
                    why.append(Columns.joinsWithoutSpace(why, next) ? "" : " ").append(next);
                }
                out.add(why.toString());
                others(r.others(), r.more(), text, out);
            }
            case Finding.Spinning s -> stalled(s.threads(), text, out);
            case Finding.Blocked b -> stalled(b.threads(), text, out);
            case Finding.StillRunning s -> s.threads().forEach(t -> {
                out.add(say(text, "finding.still-running.thread", t.thread()));
                t.frames().forEach(f -> out.add(frame(f, text)));
            });
            case Finding.NotModelled n -> out.add(say(text, "finding.advice." + switch (n.advice()) {
                case USE_EXECUTORS_FACTORIES -> "executors";
                case ASK_A_MODELLED_PRIMITIVE -> "modelled";
                case START_FROM_MAIN -> "start-from-main";
                case KEEP_THE_INTERFACE -> "interface";
            }, n.at()));
            case Finding.SandboxFailed f -> out.addAll(f.lines());
            case Finding.NotCompiled n -> out.addAll(n.problems());
            case Finding.Spin s -> s.threads().forEach(t -> out.add(text.get("finding.spin.thread", t.thread(),
                    t.location())));
            case Finding.StepLimit s -> out.add(text.get("finding.step-limit.why"));
            case Finding.ForeignThreads f -> { }
            case Finding.NotLoaded n -> { }
            case Finding.EndedEarly e -> { }
        }
        return out;
    }

    /** What a limit left unchecked, in one line. */
    public static String limit(Limit limit, Messages text) {
        return switch (limit) {
            case Limit.DetectorGaveUp d -> say(text, "finding.limit.detector", d.schedules(), d.threads());
        };
    }

    /** {@code data race on Worker.stop: main writes at W.java:9, T1 reads at W.java:4 with no happens-before}. */
    public static String race(RacingAccesses r, Messages text) {
        return say(text, "finding.race", r.variable(), side(r.first(), text), side(r.second(), text));
    }

    private static String side(RacingAccesses.Access a, Messages text) {
        return say(text, a.write() ? "finding.race.writes" : "finding.race.reads", a.thread(), a.location());
    }

    private static void others(List<RacingAccesses> others, int more, Messages text, List<String> out) {
        others.forEach(o -> out.add(say(text, "finding.race.also", race(o, text))));
        if (more > 0) {
            out.add(say(text, "finding.race.more", more));
        }
    }

    private static void cause(Cause cause, Messages text, List<String> out) {
        switch (cause) {
            case Cause.Unknown u -> { }
            case Cause.Race r -> {
                out.add(say(text, "finding.cause.race", race(r.race(), text)));
                others(r.others(), r.more(), text, out);
            }
            case Cause.Interleaving i -> {
                out.add(say(text, "finding.cause.interleaving.1"));
                out.add(say(text, "finding.cause.interleaving.2"));
            }
            case Cause.Liberty l -> {
                String key = "finding.cause." + switch (l.kind()) {
                    case SPURIOUS_WAKEUP -> "spurious";
                    case LATE_TIMEOUT -> "late";
                    case YIELD_IGNORED -> "yield";
                };
                out.add(say(text, key + ".1", l.thread()));
                out.add(say(text, key + ".2"));
            }
        }
    }

    private static void waiters(List<Waiter> waiters, List<Waiter.Leak> leaks, Messages text, List<String> out) {
        for (Waiter w : waiters) {
            String awaits = awaited(w.awaits(), text);
            String line = w.holds().isEmpty() ? say(text, "finding.waiter", w.thread(), awaits)
                    : say(text, "finding.waiter.holding", w.thread(), String.join(", ", w.holds()), awaits);
            if (w.missed() != null) {
                line = say(text, "finding.waiter.missed", line, missed(w.missed(), text));
            } else if (w.neverSignalled()) {
                line = say(text, "finding.waiter.never-signalled", line);
            }
            out.add(line);
            w.frames().forEach(f -> out.add(frame(f, text)));
        }
        leaks.forEach(l -> out.add(say(text, "finding.leak", l.thread(), String.join(", ", l.locks()))));
    }

    private static String awaited(Awaited a, Messages text) {
        return switch (a) {
            case Awaited.Lock l -> l.owner() == null ? say(text, "finding.awaits.lock", l.kind(), l.on())
                    : say(text, "finding.awaits.lock.held", l.kind(), l.on(), l.owner());
            case Awaited.End e -> say(text, "finding.awaits.end", e.thread());
            case Awaited.Signal s -> say(text, "finding.awaits.signal", s.kind(), s.on());
            case Awaited.Timed t -> say(text, "finding.awaits.timed", t.kind(), t.on());
            case Awaited.Release r -> say(text, "finding.awaits.release", r.kind(), r.on());
            case Awaited.Shared s -> say(text, "finding.awaits.shared", s.kind(), s.on());
            case Awaited.Idle i -> say(text, "finding.awaits.idle");
            case Awaited.Park p -> say(text, "finding.awaits.park");
            case Awaited.Sleep s -> say(text, "finding.awaits.sleep");
        };
    }

    private static String missed(Missed m, Messages text) {
        return switch (m) {
            case Missed.WokeAnother w -> say(text, "finding.missed.woke-another", w.what(), w.where(), w.by(),
                    w.waiter());
            case Missed.CameBefore c -> say(text, "finding.missed.came-before", c.what(), c.where(), c.by(),
                    c.waiter(), c.waitKind());
            case Missed.UnparkBeforeStart u -> say(text, "finding.missed.unpark-before-start", u.where(), u.by());
            case Missed.UnparkWithPermit u -> say(text, "finding.missed.unpark-with-permit", u.where(), u.by());
        };
    }

    private static void stalled(List<Stalled> threads, Messages text, List<String> out) {
        for (Stalled s : threads) {
            out.add(s.inLearnerCode() ? say(text, "finding.stalled.spinning", s.thread())
                    : s.call().isEmpty() ? say(text, "finding.stalled.unknown", s.thread(), s.state())
                    : say(text, "finding.stalled.inside", s.thread(), s.state(), s.call()));
            s.frames().forEach(f -> out.add(frame(f, text)));
        }
    }

    /** {@code   at Counter.increment (Counter.java:3)}; a place that could not be mapped shows its line. */
    static String frame(Frame f, Messages text) {
        String place = f.source().isEmpty() ? say(text, "finding.frame.line", String.valueOf(f.line())) : f.source();
        return "  " + say(text, "finding.frame", f.method().isEmpty() ? "" : f.method() + " ", place);
    }

    /** A finding's sentence: its fields (a variable's name, a wait's kind) may hold the sandbox's phrases. */
    private static String say(Messages text, String key, Object... args) {
        return text.get(key, PhraseText.each(args, text));
    }
}
