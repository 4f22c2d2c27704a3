package dev.threadlings.report;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.threadlings.sandbox.SandboxReport;
import dev.threadlings.text.Messages;
import java.util.Optional;
import java.util.function.Function;

/**
 * A sandbox report as JSON: {@code {"verdict","class","exitCode","message","details":[…],"trace":[{"step","thread",
 * "location","code","what"}],"threads":[…],"replay","replayCommand","stepCommand","schedules","exhaustive","coverage","limits":[…],"seconds"}}. {@code verdict} is
 * {@code pass}, {@code fail} (a failure of the program, named by {@code class}), {@code could-not-check} (class
 * {@code not-modelled}: a call the sandbox does not model; {@code error}: the sandbox failed) or {@code error} (class
 * {@code compile-error}). Steps left out of a long trace are one entry {@code {"gap":"… 120 more steps …"}}.
 */
public final class SandboxJson {
    private SandboxJson() {}

    public static String of(SandboxReport r) {
        return of(r, Messages.ENGLISH);
    }

    /** The report with its prose in {@code text}'s language (keys and machine values stay the same). */
    public static String of(SandboxReport r, Messages text) {
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(tree(r, text));
    }

    /**
     * The report; a failing schedule also with the commands {@code rerun} makes of its token, as
     * {@code replayCommand} and {@code stepCommand} (one line each, for a shell).
     */
    public static String of(SandboxReport r, Messages text, Function<String, Optional<Rerun>> rerun) {
        JsonObject o = tree(r, text);
        if (r.failed() && !r.freeRun()) {
            rerun.apply(r.replayArgument()).ifPresent(c -> {
                o.addProperty("replayCommand", c.replayCommand());
                o.addProperty("stepCommand", c.stepCommand());
            });
        }
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(o);
    }

    /** The report as a JSON object, to stand alone or inside another document (a check's verdict). */
    public static JsonObject tree(SandboxReport r) {
        return tree(r, Messages.ENGLISH);
    }

    /** {@link #tree(SandboxReport)} with its prose in {@code text}'s language. */
    public static JsonObject tree(SandboxReport r, Messages text) {
        JsonObject o = new JsonObject();
        o.addProperty("verdict", switch (r.outcome().kind()) {
            case NOTHING_FOUND -> "pass";
            case FAILURE -> "fail";
            case COULD_NOT_CHECK -> "could-not-check";
            case DOES_NOT_COMPILE -> "error";
        });
        o.addProperty("class", r.outcome().id());
        o.addProperty("exitCode", r.outcome().kind().exitCode);
        o.addProperty("message", SandboxText.message(r, text));
        JsonArray details = new JsonArray();
        SandboxText.details(r, text).forEach(details::add);
        o.add("details", details);
        JsonArray threads = new JsonArray();
        r.threads().forEach(threads::add);
        o.add("threads", threads);
        JsonArray trace = new JsonArray();
        int step = 0;
        for (SandboxReport.Step s : r.trace()) {
            JsonObject e = new JsonObject();
            if (s.gap()) {
                e.addProperty("gap", PhraseText.say(s.what(), text));
                trace.add(e);
                continue;
            }
            e.addProperty("step", ++step);
            e.addProperty("thread", r.threadName(s.thread()).orElse("T" + s.thread()));
            e.addProperty("location", PhraseText.say(s.location(), text));
            e.addProperty("code", s.code());
            e.addProperty("what", PhraseText.say(s.what(), s.code(), text));
            trace.add(e);
        }
        o.add("trace", trace);
        o.addProperty("replay", r.replayArgument());
        o.addProperty("schedules", r.coverage().schedules());
        o.addProperty("exhaustive", r.coverage().exhaustive());
        o.addProperty("coverage", CoverageText.of(r.coverage(), text));
        JsonArray limits = new JsonArray();
        r.limits().forEach(l -> limits.add(FindingText.limit(l, text)));
        o.add("limits", limits);
        o.addProperty("seconds", Math.round(r.coverage().seconds() * 1000) / 1000.0);
        return o;
    }
}
