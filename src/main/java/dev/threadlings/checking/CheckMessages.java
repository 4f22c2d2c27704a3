package dev.threadlings.checking;

import dev.threadlings.course.Check;
import dev.threadlings.grade.Observation;
import dev.threadlings.sandbox.SandboxReport;
import dev.threadlings.sandbox.runtime.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A check's assertion messages in the reader's language. The code is one copy, in English; a translated check
 * gives each message of it with words as a line ({@link Check#messages()}), paired in order with the code's
 * messages that have words. What the code said is matched against its English shape and said again in the
 * translation, after the check ran: the code and the verdict are the same in every language, only the words
 * differ. A check with no translation, or one whose lines do not fit its code (a test refuses that), says its
 * code's own.
 *
 * @param pairs each English shape with its translation
 */
public record CheckMessages(List<Pair> pairs) {

    record Pair(MessageShape english, String translated) {}

    public CheckMessages {
        pairs = List.copyOf(pairs);
    }

    /** The translations of {@code check}'s messages; none when it has none or they do not fit its code. */
    public static CheckMessages of(Check check) {
        if (check.messages().isEmpty() || check.code().isEmpty()) {
            return new CheckMessages(List.of());
        }
        List<MessageShape> shapes = worded(CodeMessages.of(check.code().get().code()));
        if (shapes.size() != check.messages().size()) {
            return new CheckMessages(List.of());
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < shapes.size(); i++) {
            if (!shapes.get(i).fits(check.messages().get(i))) {
                return new CheckMessages(List.of());
            }
            pairs.add(new Pair(shapes.get(i), check.messages().get(i)));
        }
        return new CheckMessages(pairs);
    }

    /** The messages that have words to translate, which a translation gives a line each. */
    static List<MessageShape> worded(List<MessageShape> shapes) {
        return shapes.stream().filter(MessageShape::hasWords).toList();
    }

    /** {@code message} in the translation, when one of the code's messages built it. */
    public Optional<String> say(String message) {
        for (Pair pair : pairs) {
            Optional<List<String>> values = pair.english().values(message);
            if (values.isPresent()) {
                return Optional.of(MessageShape.fill(pair.translated(), values.get()));
            }
        }
        return Optional.empty();
    }

    /**
     * What {@code check} saw, its code's assertion messages in the check's language; the code is read only when
     * there is a translation and something threw.
     */
    static Observation translate(Check check, Observation seen) {
        boolean threw = seen.trouble().filter(t -> t instanceof Observation.Trouble.Threw).isPresent()
                || seen.explored().filter(e -> e.report().finding() instanceof Finding.Thrown).isPresent();
        return threw && !check.messages().isEmpty() ? of(check).translate(seen) : seen;
    }

    /** What the check saw, with its code's assertion messages translated wherever they are shown. */
    Observation translate(Observation seen) {
        if (pairs.isEmpty()) {
            return seen;
        }
        Optional<Observation.Trouble> trouble = seen.trouble().map(t -> t instanceof Observation.Trouble.Threw threw
                ? new Observation.Trouble.Threw(headline(threw.headline()), threw.lines()) : t);
        Optional<Observation.Explored> explored = seen.explored().map(e -> {
            SandboxReport r = translate(e.report());
            return r == e.report() ? e : new Observation.Explored(r, ExploreRun.words(r));
        });
        return new Observation(seen.output(), seen.errorOutput(), trouble, seen.holds(), explored, seen.review(),
                seen.diedThreads());
    }

    SandboxReport translate(SandboxReport r) {
        if (r.finding() instanceof Finding.Thrown t && t.message() != null) {
            Optional<String> said = say(t.message());
            if (said.isPresent()) {
                Finding.Thrown translated = new Finding.Thrown(t.thread(), t.assertion(), t.type(), said.get(),
                        t.frames(), t.cause());
                return new SandboxReport(translated, r.trace(), r.threads(), r.choices(), r.coverage(), r.limits());
            }
        }
        return r;
    }

    // "java.lang.AssertionError: four increments, but …": the class stays, the message is said again
    private String headline(String headline) {
        int colon = headline.indexOf(": ");
        if (colon < 0) {
            return headline;
        }
        return say(headline.substring(colon + 2)).map(s -> headline.substring(0, colon + 2) + s).orElse(headline);
    }
}
