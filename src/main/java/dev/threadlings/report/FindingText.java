package dev.threadlings.report;

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
                    ? t.message() == null ? text.get("finding.assertion", t.thread())
                            : text.get("finding.assertion.message", t.thread(), t.message())
                    : t.message() == null ? text.get("finding.thrown", t.thread(), t.type())
                            : text.get("finding.thrown.message", t.thread(), t.type(), t.message());
            case Finding.Exited e -> text.get("finding.exit", e.thread(), String.valueOf(e.status()));
            case Finding.Deadlock d -> text.get(switch (d.reason()) {
                case EACH_OTHER -> "finding.deadlock";
                case NO_SIGNAL_SENT -> "finding.deadlock.no-signal";
                case NOTHING_LEFT_TO_RELEASE -> "finding.deadlock.nothing-left";
            });
            case Finding.LostWakeup l -> text.get("finding.lost-wakeup", missed(l.missed(), text));
            case Finding.DataRace r -> race(r.race(), text);
            case Finding.StepLimit s -> text.get("finding.step-limit", String.valueOf(s.steps()));
            case Finding.Spinning s -> text.get("finding.spinning");
            case Finding.StillRunning s -> text.get("finding.still-running", s.seconds());
            case Finding.Blocked b -> b.call() == null ? text.get("finding.blocked.unknown")
                    : text.get("finding.blocked", b.call());
            case Finding.NotModelled n -> text.get(n.advice() == Finding.NotModelled.Advice.START_FROM_MAIN
                    ? "finding.not-modelled.initializer" : "finding.not-modelled", n.call());
            case Finding.ForeignThreads f -> text.get("finding.foreign",
                    String.join(", ", f.names()) + (f.more() ? ", …" : ""));
            case Finding.NotLoaded n -> text.get("finding.not-loaded", n.error());
            case Finding.SandboxFailed f -> text.get("finding.failed." + switch (f.reason()) {
                case EXPLORER -> "explorer";
                case TIMED_OUT -> "timed-out";
                case NO_RESULT -> "no-result";
                case NOT_STARTED -> "not-started";
                case INTERRUPTED -> "interrupted";
                case UNREADABLE -> "unreadable";
                case INTERNAL -> "internal";
            }, f.detail());
            case Finding.EndedEarly e -> text.get("finding.ended-early", String.valueOf(e.exitCode()));
            case Finding.NotCompiled n -> text.get("finding.not-compiled");
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
                for (int i = 1; i <= 4; i++) {
                    out.add(text.get("finding.race.why." + i));
                }
                others(r.others(), r.more(), text, out);
            }
            case Finding.Spinning s -> stalled(s.threads(), text, out);
            case Finding.Blocked b -> stalled(b.threads(), text, out);
            case Finding.StillRunning s -> s.threads().forEach(t -> {
                out.add(text.get("finding.still-running.thread", t.thread()));
                t.frames().forEach(f -> out.add(frame(f, text)));
            });
            case Finding.NotModelled n -> out.add(text.get("finding.advice." + switch (n.advice()) {
                case USE_EXECUTORS_FACTORIES -> "executors";
                case ASK_A_MODELLED_PRIMITIVE -> "modelled";
                case START_FROM_MAIN -> "start-from-main";
            }, n.at()));
            case Finding.SandboxFailed f -> out.addAll(f.lines());
            case Finding.NotCompiled n -> out.addAll(n.problems());
            case Finding.StepLimit s -> { }
            case Finding.ForeignThreads f -> { }
            case Finding.NotLoaded n -> { }
            case Finding.EndedEarly e -> { }
        }
        return out;
    }

    /** What a limit left unchecked, in one line. */
    public static String limit(Limit limit, Messages text) {
        return switch (limit) {
            case Limit.DetectorGaveUp d -> text.get("finding.limit.detector", d.schedules(), d.threads());
        };
    }

    /** {@code data race on Worker.stop: main writes at W.java:9, T1 reads at W.java:4 with no happens-before}. */
    public static String race(RacingAccesses r, Messages text) {
        return text.get("finding.race", r.variable(), side(r.first(), text), side(r.second(), text));
    }

    private static String side(RacingAccesses.Access a, Messages text) {
        return text.get(a.write() ? "finding.race.writes" : "finding.race.reads", a.thread(), a.location());
    }

    private static void others(List<RacingAccesses> others, int more, Messages text, List<String> out) {
        others.forEach(o -> out.add(text.get("finding.race.also", race(o, text))));
        if (more > 0) {
            out.add(text.get("finding.race.more", more));
        }
    }

    private static void cause(Cause cause, Messages text, List<String> out) {
        switch (cause) {
            case Cause.Unknown u -> { }
            case Cause.Race r -> {
                out.add(text.get("finding.cause.race", race(r.race(), text)));
                others(r.others(), r.more(), text, out);
            }
            case Cause.Interleaving i -> {
                out.add(text.get("finding.cause.interleaving.1"));
                out.add(text.get("finding.cause.interleaving.2"));
            }
            case Cause.Liberty l -> {
                String key = "finding.cause." + switch (l.kind()) {
                    case SPURIOUS_WAKEUP -> "spurious";
                    case LATE_TIMEOUT -> "late";
                    case YIELD_IGNORED -> "yield";
                };
                out.add(text.get(key + ".1", l.thread()));
                out.add(text.get(key + ".2"));
            }
        }
    }

    private static void waiters(List<Waiter> waiters, List<Waiter.Leak> leaks, Messages text, List<String> out) {
        for (Waiter w : waiters) {
            String awaits = awaited(w.awaits(), text);
            String line = w.holds().isEmpty() ? text.get("finding.waiter", w.thread(), awaits)
                    : text.get("finding.waiter.holding", w.thread(), String.join(", ", w.holds()), awaits);
            if (w.missed() != null) {
                line = text.get("finding.waiter.missed", line, missed(w.missed(), text));
            } else if (w.neverSignalled()) {
                line = text.get("finding.waiter.never-signalled", line);
            }
            out.add(line);
            w.frames().forEach(f -> out.add(frame(f, text)));
        }
        leaks.forEach(l -> out.add(text.get("finding.leak", l.thread(), String.join(", ", l.locks()))));
    }

    private static String awaited(Awaited a, Messages text) {
        return switch (a) {
            case Awaited.Lock l -> l.owner() == null ? text.get("finding.awaits.lock", l.kind(), l.on())
                    : text.get("finding.awaits.lock.held", l.kind(), l.on(), l.owner());
            case Awaited.End e -> text.get("finding.awaits.end", e.thread());
            case Awaited.Signal s -> text.get("finding.awaits.signal", s.kind(), s.on());
            case Awaited.Timed t -> text.get("finding.awaits.timed", t.kind(), t.on());
            case Awaited.Release r -> text.get("finding.awaits.release", r.kind(), r.on());
            case Awaited.Shared s -> text.get("finding.awaits.shared", s.kind(), s.on());
            case Awaited.Idle i -> text.get("finding.awaits.idle");
            case Awaited.Park p -> text.get("finding.awaits.park");
            case Awaited.Sleep s -> text.get("finding.awaits.sleep");
        };
    }

    private static String missed(Missed m, Messages text) {
        return switch (m) {
            case Missed.WokeAnother w -> text.get("finding.missed.woke-another", w.what(), w.where(), w.by(),
                    w.waiter());
            case Missed.CameBefore c -> text.get("finding.missed.came-before", c.what(), c.where(), c.by(),
                    c.waiter(), c.waitKind());
            case Missed.UnparkBeforeStart u -> text.get("finding.missed.unpark-before-start", u.where(), u.by());
            case Missed.UnparkWithPermit u -> text.get("finding.missed.unpark-with-permit", u.where(), u.by());
        };
    }

    private static void stalled(List<Stalled> threads, Messages text, List<String> out) {
        for (Stalled s : threads) {
            out.add(s.inLearnerCode() ? text.get("finding.stalled.spinning", s.thread())
                    : s.call().isEmpty() ? text.get("finding.stalled.unknown", s.thread(), s.state())
                    : text.get("finding.stalled.inside", s.thread(), s.state(), s.call()));
            s.frames().forEach(f -> out.add(frame(f, text)));
        }
    }

    /** {@code   at Counter.increment (Counter.java:3)}; a place that could not be mapped shows its line. */
    static String frame(Frame f, Messages text) {
        String place = f.source().isEmpty() ? text.get("finding.frame.line", String.valueOf(f.line())) : f.source();
        return "  " + text.get("finding.frame", f.method().isEmpty() ? "" : f.method() + " ", place);
    }
}
