package dev.threadlings.report;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.threadlings.sandbox.SandboxReport;

/**
 * A sandbox report as JSON: {@code {"verdict","class","message","details":[…],"trace":[{"step","thread",
 * "location","what"}],"threads":[…],"replay","schedules","exhaustive","coverage","seconds"}}.
 */
public final class SandboxJson {
    private SandboxJson() {}

    public static String of(SandboxReport r) {
        JsonObject o = new JsonObject();
        o.addProperty("verdict", r.outcome().equals("none") ? "pass" : r.outcome().equals("compile-error")
                || r.outcome().equals("error") ? "error" : "fail");
        o.addProperty("class", r.outcome());
        o.addProperty("message", r.message());
        JsonArray details = new JsonArray();
        r.details().forEach(details::add);
        o.add("details", details);
        JsonArray threads = new JsonArray();
        r.threads().forEach(threads::add);
        o.add("threads", threads);
        JsonArray trace = new JsonArray();
        int step = 0;
        for (SandboxReport.Step s : r.trace()) {
            JsonObject e = new JsonObject();
            e.addProperty("step", ++step);
            e.addProperty("thread", r.threadName(s.thread()).orElse("T" + s.thread()));
            e.addProperty("location", s.location());
            e.addProperty("what", s.what());
            trace.add(e);
        }
        o.add("trace", trace);
        o.addProperty("replay", r.replayArgument());
        o.addProperty("schedules", r.schedules());
        o.addProperty("exhaustive", r.exhaustive());
        o.addProperty("coverage", r.coverage());
        o.addProperty("seconds", Math.round(r.seconds() * 1000) / 1000.0);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(o);
    }
}
