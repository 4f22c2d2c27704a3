package dev.threadlings.app;

import static org.junit.jupiter.api.Assertions.*;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.threadlings.course.Course;
import dev.threadlings.course.CourseLoader;
import dev.threadlings.content.GraderProof;
import dev.threadlings.course.Exercise;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code threadlings check --submissions} as a teacher runs it on a class: 30 students' folders made from the
 * course's own references, starters and wrong variants (and a file that does not compile, and folders with nothing
 * handed in), graded two at a time; each student gets the verdict their file deserves, in the JSON, the JUnit XML
 * (parsed and counted) and the results.json files. It grades 60 real verdicts, so it is part of the graders' proof
 * ({@link GraderProof}).
 */
@EnabledIf(value = "dev.threadlings.content.GraderProof#wanted", disabledReason = GraderProof.COMMAND)
class ClassroomCheckTest {
    private static final List<String> EXERCISES = List.of("forkjoin-merge-sort", "debugging-find-stuck");
    private static final int STUDENTS = 30;

    /** What a student handed in, and so the status the grade must have. */
    private enum Kind { REFERENCE, STARTER, WRONG, BROKEN }

    @Test
    void aClassIsGradedFileByFileOnBothCores(@TempDir Path tmp) throws Exception {
        Course course = CourseLoader.load(Path.of("").toAbsolutePath());
        Path submissions = Files.createDirectories(tmp.resolve("submissions"));
        Map<String, Handed> handed = new LinkedHashMap<>();
        List<Source> sources = sources(course);
        for (int i = 0; i < STUDENTS; i++) {
            String student = String.format("student-%02d", i);
            Path folder = Files.createDirectories(submissions.resolve(student));
            if (i == STUDENTS - 1) {
                handed.put(student, null); // handed in nothing at all
                continue;
            }
            Source s = sources.get(i % sources.size());
            Path file = Files.createDirectories(folder.resolve(s.exercise().id())).resolve(s.exercise().fileName());
            if (s.kind() == Kind.BROKEN) {
                Files.writeString(file, Files.readString(s.file()).replaceFirst("\\{", "{ int broken = ;"));
            } else {
                Files.copy(s.file(), file);
            }
            handed.put(student, new Handed(s.exercise().id(), s.kind()));
        }
        Files.createDirectories(submissions.resolve(".git")); // not a student

        Path junit = tmp.resolve("out/junit.xml");
        Path results = tmp.resolve("out/results");
        List<String> args = new ArrayList<>(List.of("--course", Path.of("").toAbsolutePath().toString(), "check"));
        args.addAll(EXERCISES);
        args.addAll(List.of("--submissions", submissions.toString(), "--jobs", "2", "--json",
                "--junit", junit.toString(), "--results", results.toString()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args.toArray(String[]::new));

        assertEquals(1, exit, err::toString);
        assertTrue(err.toString().contains("graded " + (STUDENTS - 1) + " files in"), err::toString);
        assertTrue(err.toString().contains("up to 2 at a time"), err::toString); // both cores were used
        JsonObject json = JsonParser.parseString(out.toString()).getAsJsonObject();
        assertEquals(STUDENTS, json.getAsJsonArray("submissions").size());
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
        assertEquals(STUDENTS * EXERCISES.size(), xml.getElementsByTagName("testsuite").getLength());
        assertCountsAddUp(xml);

        for (var s : json.getAsJsonArray("submissions")) {
            String student = s.getAsJsonObject().get("name").getAsString();
            Handed h = handed.get(student);
            for (var e : s.getAsJsonObject().getAsJsonArray("exercises")) {
                String id = e.getAsJsonObject().get("id").getAsString();
                String status = e.getAsJsonObject().get("status").getAsString();
                String expected = h == null || !h.exercise().equals(id) ? "missing" : switch (h.kind()) {
                    case REFERENCE -> "passed";
                    case STARTER, WRONG -> "failed";
                    case BROKEN -> "compile_error";
                };
                if (h != null && h.kind() == Kind.STARTER && status.equals("compile_error")) {
                    expected = status; // a starter may leave a method to write; either way it does not pass
                }
                assertEquals(expected, status, student + " " + id + " (" + h + ")");
                JsonObject result = JsonParser.parseString(Files.readString(
                        results.resolve(student).resolve(id).resolve("results.json"))).getAsJsonObject();
                assertEquals(3, result.get("version").getAsInt());
                assertEquals(switch (status) {
                    case "passed" -> "pass";
                    case "failed" -> "fail";
                    default -> "error";
                }, result.get("status").getAsString(), student + " " + id);
                int checks = course.exercise(id).orElseThrow().checks().size();
                assertEquals(checks, result.getAsJsonArray("tests").size());
                Element suite = suite(xml, student + ": " + id);
                assertEquals(checks, Integer.parseInt(suite.getAttribute("tests")));
                assertEquals(status.equals("passed"), suite.getAttribute("failures").equals("0")
                        && suite.getAttribute("errors").equals("0"), student + " " + id);
            }
        }
    }

    private record Handed(String exercise, Kind kind) {}

    private record Source(Exercise exercise, Kind kind, Path file) {}

    private static List<Source> sources(Course course) {
        List<Source> sources = new ArrayList<>();
        for (String id : EXERCISES) {
            Exercise e = course.exercise(id).orElseThrow();
            sources.add(new Source(e, Kind.REFERENCE, e.solutionFile()));
            sources.add(new Source(e, Kind.STARTER, e.starterFile()));
            e.wrongVariants().forEach(w -> sources.add(new Source(e, Kind.WRONG, w.file())));
            sources.add(new Source(e, Kind.BROKEN, e.solutionFile()));
        }
        return sources;
    }

    private static Element suite(Document xml, String name) {
        NodeList suites = xml.getElementsByTagName("testsuite");
        for (int i = 0; i < suites.getLength(); i++) {
            Element s = (Element) suites.item(i);
            if (s.getAttribute("name").equals(name)) {
                return s;
            }
        }
        throw new AssertionError("no testsuite " + name);
    }

    /** Every suite's totals are its testcases' verdicts, and the report's totals are its suites'. */
    private static void assertCountsAddUp(Document xml) {
        NodeList suites = xml.getElementsByTagName("testsuite");
        int[] total = new int[4];
        for (int i = 0; i < suites.getLength(); i++) {
            Element s = (Element) suites.item(i);
            int[] counted = {s.getElementsByTagName("testcase").getLength(),
                    s.getElementsByTagName("failure").getLength(), s.getElementsByTagName("error").getLength(),
                    s.getElementsByTagName("skipped").getLength()};
            String[] attributes = {"tests", "failures", "errors", "skipped"};
            for (int k = 0; k < 4; k++) {
                assertEquals(counted[k], Integer.parseInt(s.getAttribute(attributes[k])),
                        s.getAttribute("name") + " " + attributes[k]);
                total[k] += counted[k];
            }
        }
        Element root = xml.getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        assertEquals(total[0], Integer.parseInt(root.getAttribute("tests")));
        assertEquals(total[1], Integer.parseInt(root.getAttribute("failures")));
        assertEquals(total[2], Integer.parseInt(root.getAttribute("errors")));
        assertEquals(total[3], Integer.parseInt(root.getAttribute("skipped")));
    }
}
