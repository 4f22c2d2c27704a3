package dev.threadlings.sandbox.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The text that crosses between the host and the explorer VM, both ways in one place: the settings the host writes
 * on the explorer's standard input ({@code key=value} lines) and the exploration the explorer writes to result.txt
 * (one {@code key<TAB>value} line per fact; tabs, newlines and backslashes escaped; the finding, each limit and
 * each way of searching as a {@link FindingCodec} line). Decoding what this class
 * encodes gives back an equal value (ExplorerCodecTest); text it does not know is an IllegalArgumentException,
 * never a guess.
 */
public final class ExplorerCodec {
    private ExplorerCodec() {}

    public static List<String> encode(ExploreSettings s) {
        List<String> lines = new ArrayList<>(List.of("search=" + s.search().id(), "budget=" + s.budget(),
                "seconds=" + s.seconds(), "seed=" + s.seed(), "bound=" + s.bound(), "maxSteps=" + s.maxSteps(),
                "races=" + (s.races() ? "on" : "off")));
        if (s.replay() != null) {
            lines.add("replay=" + choices(s.replay()));
        }
        return lines;
    }

    public static ExploreSettings decodeSettings(List<String> lines) {
        ExploreSettings s = ExploreSettings.defaults();
        for (String line : lines) {
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("not a setting: " + line);
            }
            String value = line.substring(eq + 1);
            s = switch (line.substring(0, eq)) {
                case "search" -> s.withSearch(Search.of(value).orElseThrow(
                        () -> new IllegalArgumentException("no such search: " + value)));
                case "budget" -> s.withBudget(Integer.parseInt(value));
                case "seconds" -> s.withSeconds(Integer.parseInt(value));
                case "seed" -> s.withSeed(Long.parseLong(value));
                case "bound" -> s.withBound(Integer.parseInt(value));
                case "maxSteps" -> s.withMaxSteps(Integer.parseInt(value));
                case "races" -> s.withRaces(!value.equals("off"));
                case "replay" -> {
                    int budget = s.budget();
                    yield s.withReplay(parseChoices(value)).withBudget(budget);
                }
                default -> throw new IllegalArgumentException("no such setting: " + line);
            };
        }
        return s;
    }

    public static String encode(Exploration e) {
        StringBuilder w = new StringBuilder();
        line(w, "schedules", e.schedules());
        line(w, "systematic", e.systematic());
        line(w, "exhaustive", e.exhaustive());
        line(w, "bound", e.preemptionBound());
        e.strategies().forEach(s -> line(w, "strategy", FindingCodec.encode(s)));
        line(w, "seconds", e.seconds());
        line(w, "unmanaged", e.unmanagedWarnings());
        e.limits().forEach(l -> line(w, "limit", FindingCodec.encode(l)));
        if (e.failure() != null) {
            line(w, "finding", FindingCodec.encode(e.failure()));
        }
        e.threads().forEach(t -> line(w, "thread", esc(t)));
        line(w, "choices", choices(e.choices()));
        e.trace().forEach(t -> line(w, "event", t.thread() + "\t" + esc(t.location()) + "\t" + esc(t.what())));
        return w.toString();
    }

    public static Exploration decodeExploration(String text) {
        return decodeExploration(text, f -> f);
    }

    /** {@code frames}: applied to each frame of the finding (the host maps it to the learner's file and line). */
    public static Exploration decodeExploration(String text, UnaryOperator<Frame> frames) {
        int schedules = 0, systematic = 0, bound = 0, unmanaged = 0;
        boolean exhaustive = false;
        List<Searched> strategies = new ArrayList<>();
        double seconds = 0;
        Finding finding = null;
        List<String> threads = new ArrayList<>();
        List<Limit> limits = new ArrayList<>();
        List<Integer> choices = List.of();
        List<TraceEvent> trace = new ArrayList<>();
        for (String line : text.lines().toList()) {
            String[] f = line.split("\t", 2);
            if (f.length < 2) {
                throw new IllegalArgumentException("not a result line: " + line);
            }
            switch (f[0]) {
                case "schedules" -> schedules = Integer.parseInt(f[1]);
                case "systematic" -> systematic = Integer.parseInt(f[1]);
                case "exhaustive" -> exhaustive = Boolean.parseBoolean(f[1]);
                case "bound" -> bound = Integer.parseInt(f[1]);
                case "strategy" -> strategies.add(FindingCodec.decode(f[1], Searched.class, frames));
                case "seconds" -> seconds = Double.parseDouble(f[1]);
                case "unmanaged" -> unmanaged = Integer.parseInt(f[1]);
                case "limit" -> limits.add(FindingCodec.decode(f[1], Limit.class, frames));
                case "finding" -> finding = FindingCodec.decode(f[1], Finding.class, frames);
                case "thread" -> threads.add(unesc(f[1]));
                case "choices" -> choices = parseChoices(f[1]);
                case "event" -> trace.add(event(f[1]));
                default -> throw new IllegalArgumentException("not a result line: " + line);
            }
        }
        return new Exploration(schedules, systematic, exhaustive, bound, List.copyOf(strategies), seconds, finding,
                List.copyOf(trace), List.copyOf(threads), choices, unmanaged, List.copyOf(limits));
    }

    /** The choices of a schedule as the {@code --replay} argument: {@code 0.1.1.0}. */
    public static String choices(List<Integer> choices) {
        return String.join(".", choices.stream().map(String::valueOf).toList());
    }

    /** {@code 0.1.1.0} (commas also accepted) → the choices. */
    public static List<Integer> parseChoices(String text) {
        List<Integer> out = new ArrayList<>();
        for (String c : text.split("[.,]")) {
            if (!c.isBlank()) {
                out.add(Integer.parseInt(c.strip()));
            }
        }
        return List.copyOf(out);
    }

    private static void line(StringBuilder w, String key, Object value) {
        w.append(key).append('\t').append(value).append('\n');
    }

    private static TraceEvent event(String value) {
        String[] f = value.split("\t", -1);
        if (f.length != 3) {
            throw new IllegalArgumentException("not a step: " + value);
        }
        return new TraceEvent(Integer.parseInt(f[0]), unesc(f[2]), unesc(f[1]));
    }

    public static String esc(String s) {
        return FindingCodec.esc(s);
    }

    static String unesc(String s) {
        return FindingCodec.unesc(s);
    }
}
