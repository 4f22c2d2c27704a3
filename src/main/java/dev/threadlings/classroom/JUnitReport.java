package dev.threadlings.classroom;

import dev.threadlings.text.Messages;
import dev.threadlings.review.Finding;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Grades as JUnit XML, the report every CI system reads (the Ant/Surefire shape): a {@code testsuite} per student
 * and exercise, a {@code testcase} per check. A failed check is a {@code failure} (its reason as the message, its
 * kind as the type, the course's explanation as the text, what was seen — the interleaving — in
 * {@code system-out}); a check that could not say pass or fail is an {@code error}, never a pass; a check that
 * did not run is {@code skipped}. Built with the JDK's DOM, so every name and trace is escaped as XML wants.
 */
public final class JUnitReport {
    private JUnitReport() {}

    public static String of(List<Grade> grades, Messages text) {
        try {
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            Element root = doc.createElement("testsuites");
            root.setAttribute("name", "threadlings");
            doc.appendChild(root);
            Counts total = new Counts();
            for (Grade grade : grades) {
                total.add(suite(doc, root, grade, text));
            }
            total.write(root);
            var out = new StringWriter();
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString();
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IllegalStateException("the JDK's XML writer failed: " + e.getMessage(), e);
        }
    }

    private static Counts suite(Document doc, Element root, Grade grade, Messages text) {
        String student = grade.submission().name();
        String id = grade.exercise().id();
        Element suite = doc.createElement("testsuite");
        suite.setAttribute("name", student + ": " + id);
        root.appendChild(suite);
        Element properties = doc.createElement("properties");
        property(doc, properties, "student", student);
        property(doc, properties, "exercise", id);
        suite.appendChild(properties);
        Counts counts = new Counts();
        for (CheckOutcome o : CheckOutcome.of(grade, text)) {
            Element testcase = doc.createElement("testcase");
            testcase.setAttribute("classname", student + "." + id);
            testcase.setAttribute("name", o.check().name());
            suite.appendChild(testcase);
            counts.tests++;
            switch (o.state()) {
                case PASSED -> { }
                case FAILED -> {
                    counts.failures++;
                    testcase.appendChild(problem(doc, "failure", o));
                }
                case NOT_CHECKED -> {
                    counts.errors++;
                    testcase.appendChild(problem(doc, "error", o));
                }
                case NOT_RUN -> {
                    counts.skipped++;
                    Element skipped = doc.createElement("skipped");
                    skipped.setAttribute("message", o.why());
                    testcase.appendChild(skipped);
                }
            }
            if (!o.output().isEmpty()) {
                Element out = doc.createElement("system-out");
                out.setTextContent(o.output());
                testcase.appendChild(out);
            }
        }
        if (grade instanceof Grade.Graded g) {
            counts.seconds = g.verdict().seconds();
            List<Finding> review = g.verdict().review();
            if (!review.isEmpty()) {
                Element out = doc.createElement("system-out");
                out.setTextContent("review (advice):\n" + String.join("\n", review.stream().map(f -> f.rule().id()
                        + " at " + f.file() + ":" + f.line() + ": " + f.message()).toList()));
                suite.appendChild(out);
            }
        }
        counts.write(suite);
        return counts;
    }

    private static Element problem(Document doc, String tag, CheckOutcome o) {
        Element e = doc.createElement(tag);
        e.setAttribute("message", o.why());
        e.setAttribute("type", o.kind());
        e.setTextContent(o.text().isEmpty() ? o.why() : o.text());
        return e;
    }

    private static void property(Document doc, Element properties, String name, String value) {
        Element p = doc.createElement("property");
        p.setAttribute("name", name);
        p.setAttribute("value", value);
        properties.appendChild(p);
    }

    /** The totals JUnit XML puts on a suite and on the whole report. */
    private static final class Counts {
        int tests;
        int failures;
        int errors;
        int skipped;
        double seconds;

        void add(Counts other) {
            tests += other.tests;
            failures += other.failures;
            errors += other.errors;
            skipped += other.skipped;
            seconds += other.seconds;
        }

        void write(Element e) {
            e.setAttribute("tests", Integer.toString(tests));
            e.setAttribute("failures", Integer.toString(failures));
            e.setAttribute("errors", Integer.toString(errors));
            e.setAttribute("skipped", Integer.toString(skipped));
            e.setAttribute("time", String.format(Locale.ROOT, "%.3f", seconds));
        }
    }
}
