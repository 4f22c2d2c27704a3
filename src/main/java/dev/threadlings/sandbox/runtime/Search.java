package dev.threadlings.sandbox.runtime;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** How schedules are chosen: the names course files, the command line and the explorer's input use. */
public enum Search {
    /** Every schedule with few preemptions (directed schedules in turns), then PCT and random walks. */
    AUTO("auto"),
    /** Only the bounded systematic search. */
    DFS("dfs"),
    /** Only PCT (probabilistic concurrency testing), with random walks in between. */
    PCT("pct"),
    /** Only random walks. */
    RANDOM("random"),
    /** One run on real threads at full speed, the race detector listening: races only, no schedule. */
    FREE("free");

    private final String id;

    Search(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Search> of(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }

    /** "auto, dfs, pct, random or free", for messages that list the choices. */
    public static String choices() {
        String all = Arrays.stream(values()).map(Search::id).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return all.substring(0, last) + " or " + all.substring(last + 2);
    }
}
