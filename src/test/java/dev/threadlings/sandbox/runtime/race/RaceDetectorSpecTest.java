package dev.threadlings.sandbox.runtime.race;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The race detector's clock algebra, driven by hand-built event sequences (no threads): each example in
 * src/test/resources/sandbox/happens-before.txt lists events and the races they must produce.
 */
class RaceDetectorSpecTest {
    record Example(String title, List<String> events, List<String> races) {
        @Override
        public String toString() {
            return title;
        }
    }

    static Stream<Example> examples() throws IOException {
        List<Example> out = new ArrayList<>();
        String title = null;
        List<String> events = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/sandbox/happens-before.txt"))) {
            if (line.startsWith("### ")) {
                title = line.substring(4);
                events = new ArrayList<>();
            } else if (line.startsWith("races:")) {
                String r = line.substring("races:".length()).strip();
                out.add(new Example(title, events, r.equals("none") ? List.of() : List.of(r.split("\\s*;\\s*"))));
            } else if (!line.isBlank() && !line.startsWith("#")) {
                events.add(line.strip());
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void detects(Example e) {
        RaceDetector d = new RaceDetector();
        Map<String, Object> objects = new HashMap<>();
        for (String event : e.events()) {
            String[] w = event.split(" ");
            int t = Integer.parseInt(w[1]);
            switch (w[0]) {
                case "fork" -> d.fork(t, Integer.parseInt(w[2]));
                case "join" -> d.join(t, Integer.parseInt(w[2]));
                case "acquire" -> d.acquire(t, objects.computeIfAbsent(w[2], k -> new Object()));
                case "release" -> d.release(t, objects.computeIfAbsent(w[2], k -> new Object()));
                case "read", "write", "publish" -> d.field(t, null, w[2].intern(), w[2], !w[0].equals("read"), false,
                        w[0].equals("publish"), w[3]);
                case "vread", "vwrite" -> d.field(t, null, w[2].intern(), w[2], w[0].equals("vwrite"), true, false,
                        "");
                case "elem-read", "elem-write" -> {
                    Object array = objects.computeIfAbsent(w[2], k -> new int[4]);
                    int i = Integer.parseInt(w[3]);
                    d.element(t, array, i, w[0].equals("elem-write"), w[2] + "[" + i + "]", w[4]);
                }
                default -> throw new IllegalArgumentException("unknown event: " + event);
            }
        }
        List<String> found = d.races().stream().map(r -> r.variable() + " " + r.first().location() + " "
                + (r.first().write() ? "w" : "r") + " " + r.second().location() + " "
                + (r.second().write() ? "w" : "r")).toList();
        assertEquals(e.races(), found);
    }
}
