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
import nnlab.grader.results.Categories;
import nnlab.grader.results.GradedOutcome;

/**
 * The graded outcomes as JUnit XML, one {@code TEST-<class>.xml} per test class in Surefire's format, which CI
 * systems and Allure read: a wrong result is a {@code failure}, anything else that did not pass (an error, a time
 * out, a crash, a file that does not compile) an {@code error}, with the category as its type.
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
            for (GradedOutcome o : outcomes) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("testcase");
                xml.writeAttribute("name", o.name());
                xml.writeAttribute("classname", testClass);
                xml.writeAttribute("time", seconds(o.seconds()));
                if (!o.passed()) {
                    String element = Categories.WRONG_RESULT.equals(o.category()) ? "failure"
                            : Categories.SKIPPED.equals(o.category()) ? "skipped" : "error";
                    xml.writeStartElement(element);
                    xml.writeAttribute("message", o.output().lines().findFirst().orElse(o.category()));
                    xml.writeAttribute("type", o.category());
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

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.3f", s);
    }
}
