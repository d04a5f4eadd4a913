package nnlab.grader.runner;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import nnlab.course.StepId;
import nnlab.grader.results.Categories;
import nnlab.grader.results.GradedOutcome;
import nnlab.grader.results.Labs;

/**
 * The graded outcomes as JUnit XML, one {@code TEST-<class>.xml} per test class in Surefire's format (valid for its
 * {@code surefire-test-report-3.0.xsd}), which CI systems and Allure read: a wrong result is a {@code failure},
 * anything else that did not pass (an error, a time out, a crash, a file that does not compile) an {@code error},
 * with the category as its type.
 *
 * <p>CI test viewers show a test as its {@code classname} and {@code name}, so both carry the course's ids rather
 * than Java's: the class is the lab ({@code nnlab.lab3.L3 losses}: the package, then the lab id and title), the
 * name the step's test and its case ({@code L3.2 cross-entropy from logits … [case 1]}, {@code [hidden case 1]}),
 * so a reader who sees a failure in CI finds the step, its fixture and its hint by the id.
 */
final class JUnitXmlReport {

    private JUnitXmlReport() {
    }

    static Path fileOf(Path dir, String testClass) {
        return dir.resolve("TEST-" + testClass + ".xml");
    }

    /** Writes one file per test class of the outcomes, each to a temporary name first. */
    static void write(Path dir, List<GradedOutcome> outcomes) throws IOException {
        Files.createDirectories(dir);
        Map<String, List<GradedOutcome>> byClass = new LinkedHashMap<>();
        for (GradedOutcome o : outcomes) {
            byClass.computeIfAbsent(o.method().substring(0, o.method().indexOf('#')), k -> new ArrayList<>())
                    .add(o);
        }
        for (Map.Entry<String, List<GradedOutcome>> e : byClass.entrySet()) {
            Path target = fileOf(dir, e.getKey());
            Path tmp = Files.createTempFile(dir, target.getFileName().toString(), ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    writeSuite(out, e.getKey(), e.getValue());
                }
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
    }

    private static void writeSuite(OutputStream out, String testClass, List<GradedOutcome> outcomes)
            throws IOException {
        long failures = outcomes.stream().filter(o -> Categories.WRONG_RESULT.equals(o.category())).count();
        long skipped = outcomes.stream().filter(o -> Categories.SKIPPED.equals(o.category())).count();
        long errors = outcomes.stream().filter(o -> !o.passed()).count() - failures - skipped;
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", testClass);
            xml.writeAttribute("tests", Integer.toString(outcomes.size()));
            xml.writeAttribute("failures", Long.toString(failures));
            xml.writeAttribute("errors", Long.toString(errors));
            xml.writeAttribute("skipped", Long.toString(skipped));
            xml.writeAttribute("time", seconds(outcomes.stream().mapToDouble(GradedOutcome::seconds).sum()));
            List<String> names = caseNames(outcomes);
            for (int i = 0; i < outcomes.size(); i++) {
                GradedOutcome o = outcomes.get(i);
                xml.writeCharacters("\n  ");
                xml.writeStartElement("testcase");
                xml.writeAttribute("name", names.get(i));
                xml.writeAttribute("classname", className(testClass, o.step()));
                xml.writeAttribute("time", seconds(o.seconds()));
                if (!o.passed()) {
                    boolean skip = Categories.SKIPPED.equals(o.category());
                    String element = Categories.WRONG_RESULT.equals(o.category()) ? "failure" : skip ? "skipped"
                            : "error";
                    xml.writeStartElement(element);
                    xml.writeAttribute("message", o.output().lines().findFirst().orElse(o.category()));
                    if (!skip) {
                        xml.writeAttribute("type", o.category()); // the schema has no type for skipped
                    }
                    xml.writeCharacters(o.output());
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("writing the JUnit XML of " + testClass + ": " + e.getMessage(), e);
        }
    }

    /** The lab as CI shows a test's class: {@code nnlab.lab3.L3 losses}. */
    static String className(String testClass, String step) {
        StepId id = StepId.parse(step);
        String pkg = testClass.contains(".") ? testClass.substring(0, testClass.lastIndexOf('.')) : "";
        return (pkg.isEmpty() ? "" : pkg + ".") + id.labId() + " " + Labs.title(id.lab());
    }

    /**
     * Each outcome's test name: its display name without the fixture case's description, then which case of its
     * method it is, public and hidden cases counted apart ({@code [case 2]}, {@code [hidden case 1]}); a plain test
     * keeps its display name.
     */
    static List<String> caseNames(List<GradedOutcome> outcomes) {
        Map<String, Integer> cases = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        for (GradedOutcome o : outcomes) {
            int at = o.name().indexOf(" · ");
            if (at < 0) {
                names.add(o.name());
                continue;
            }
            String kind = o.hidden() ? "hidden case" : "case";
            int k = cases.merge(o.method() + "\n" + kind, 1, Integer::sum);
            names.add(o.name().substring(0, at) + " [" + kind + " " + k + "]");
        }
        return names;
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.3f", s);
    }
}
