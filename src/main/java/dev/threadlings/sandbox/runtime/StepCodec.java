package dev.threadlings.sandbox.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A {@link StepView} as text, both ways: one {@code key<TAB>value} line per fact, escaped as {@link ExplorerCodec}
 * escapes; an option's lines follow its {@code option} line. Decoding what this encodes gives back an equal value
 * (StepCodecTest); a line it does not know is an IllegalArgumentException, never a guess.
 */
public final class StepCodec {
    private StepCodec() {}

    public static String encode(StepView v) {
        StringBuilder w = new StringBuilder();
        line(w, "choices", ExplorerCodec.choices(v.choices()));
        line(w, "diverged", v.diverged());
        v.threads().forEach(t -> line(w, "thread", ExplorerCodec.esc(t)));
        v.history().forEach(e -> line(w, "event", event(e)));
        for (StepView.ThreadState s : v.states()) {
            line(w, "state", s.thread() + "\t" + s.status().name() + "\t" + ExplorerCodec.esc(s.waits()));
            s.holds().forEach(h -> line(w, "holds", s.thread() + "\t" + ExplorerCodec.esc(h)));
        }
        failure(w, "", v.ended());
        v.races().forEach(r -> line(w, "race", FindingCodec.encode(r)));
        for (StepView.Option o : v.options()) {
            line(w, "option", o.choice() + "\t" + o.thread() + "\t" + ExplorerCodec.choices(o.choices()) + "\t"
                    + o.finishes());
            o.events().forEach(e -> line(w, "o.event", event(e)));
            failure(w, "o.", o.ends());
            o.races().forEach(r -> line(w, "o.race", FindingCodec.encode(r)));
        }
        return w.toString();
    }

    public static StepView decode(String text) {
        return decode(text, f -> f);
    }

    /** {@code frames}: applied to each frame of a finding (the host maps it to the learner's file and line). */
    public static StepView decode(String text, UnaryOperator<Frame> frames) {
        List<Integer> choices = List.of();
        boolean diverged = false;
        List<String> threads = new ArrayList<>();
        List<RacingAccesses> races = new ArrayList<>();
        List<TraceEvent> history = new ArrayList<>();
        List<StepView.ThreadState> states = new ArrayList<>();
        List<StepView.Option> options = new ArrayList<>();
        Finding ended = null;
        OptionText option = null;
        for (String line : text.lines().toList()) {
            String[] f = line.startsWith("finding\t") || line.startsWith("o.finding\t") || line.startsWith("race\t")
                    || line.startsWith("o.race\t") ? line.split("\t", 2) : line.split("\t", -1);
            if (f.length < 2) {
                throw new IllegalArgumentException("not a step line: " + line);
            }
            switch (f[0]) {
                case "choices" -> choices = ExplorerCodec.parseChoices(f[1]);
                case "diverged" -> diverged = Boolean.parseBoolean(f[1]);
                case "thread" -> threads.add(ExplorerCodec.unesc(f[1]));
                case "event" -> history.add(event(f));
                case "state" -> states.add(new StepView.ThreadState(Integer.parseInt(f[1]),
                        StepView.Status.valueOf(f[2]), ExplorerCodec.unesc(f[3]), List.of()));
                case "holds" -> {
                    int id = Integer.parseInt(f[1]);
                    for (int i = 0; i < states.size(); i++) {
                        StepView.ThreadState s = states.get(i);
                        if (s.thread() == id) {
                            List<String> holds = new ArrayList<>(s.holds());
                            holds.add(ExplorerCodec.unesc(f[2]));
                            states.set(i, new StepView.ThreadState(id, s.status(), s.waits(), holds));
                        }
                    }
                }
                case "finding" -> ended = FindingCodec.decode(f[1], Finding.class, frames);
                case "race" -> races.add(FindingCodec.decode(f[1], RacingAccesses.class, frames));
                case "option" -> {
                    if (option != null) {
                        options.add(option.option());
                    }
                    option = new OptionText(Integer.parseInt(f[1]), Integer.parseInt(f[2]),
                            ExplorerCodec.parseChoices(f[3]), Boolean.parseBoolean(f[4]));
                }
                case "o.event" -> optionOf(option, line).events.add(event(f));
                case "o.finding" -> optionOf(option, line).ends = FindingCodec.decode(f[1], Finding.class, frames);
                case "o.race" -> optionOf(option, line).races.add(FindingCodec.decode(f[1], RacingAccesses.class,
                        frames));
                default -> throw new IllegalArgumentException("not a step line: " + line);
            }
        }
        if (option != null) {
            options.add(option.option());
        }
        return new StepView(choices, diverged, threads, history, states, options, ended, races);
    }

    private static OptionText optionOf(OptionText option, String line) {
        if (option == null) {
            throw new IllegalArgumentException("an option's line before any option: " + line);
        }
        return option;
    }

    private static String event(TraceEvent e) {
        return e.thread() + "\t" + ExplorerCodec.esc(e.location()) + "\t" + ExplorerCodec.esc(e.what());
    }

    private static TraceEvent event(String[] f) {
        return new TraceEvent(Integer.parseInt(f[1]), ExplorerCodec.unesc(f[3]), ExplorerCodec.unesc(f[2]));
    }

    private static void failure(StringBuilder w, String prefix, Finding f) {
        if (f != null) {
            line(w, prefix + "finding", FindingCodec.encode(f));
        }
    }

    private static void line(StringBuilder w, String key, Object value) {
        w.append(key).append('\t').append(value).append('\n');
    }

    /** An option read line by line. */
    private static final class OptionText {
        final int choice;
        final int thread;
        final List<Integer> choices;
        final boolean finishes;
        final List<TraceEvent> events = new ArrayList<>();
        Finding ends;
        final List<RacingAccesses> races = new ArrayList<>();

        OptionText(int choice, int thread, List<Integer> choices, boolean finishes) {
            this.choice = choice;
            this.thread = thread;
            this.choices = choices;
            this.finishes = finishes;
        }

        StepView.Option option() {
            return new StepView.Option(choice, thread, choices, events, ends, finishes, races);
        }
    }
}
