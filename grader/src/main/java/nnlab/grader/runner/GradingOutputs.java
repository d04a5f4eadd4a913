package nnlab.grader.runner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import nnlab.grader.junit.AllureSetup;
import nnlab.grader.results.GradeResults;

/** The files a grading run leaves besides results.json: the JUnit XML and the Allure results only the parent knows. */
public final class GradingOutputs {

    private GradingOutputs() {
    }

    /**
     * Writes the JUnit XML of every test class in the merged results, and the Allure results and run files of this
     * run's cases.
     */
    public static void write(GradingRunner.Run run, GradeResults merged, Path junitDir, Path allureDir)
            throws IOException {
        JUnitXmlReport.write(junitDir, merged.outcomes());
        Files.createDirectories(allureDir);
        AllureOutcomes.write(allureDir, run.reported());
        AllureSetup.writeRunFiles(allureDir, run.engine(), merged);
    }

    /** Writes what the runner noticed (which grading JVM ended after which case, and why) to {@code runner.txt}. */
    public static void writeNotes(Path logDir, GradingRunner.Run run) throws IOException {
        StringBuilder b = new StringBuilder("grading JVMs: " + run.children() + ", engine: " + run.engine()
                + System.lineSeparator());
        run.notes().forEach(n -> b.append(n).append(System.lineSeparator()));
        Files.createDirectories(logDir);
        Files.writeString(logDir.resolve("runner.txt"), b);
    }

    /** Deletes everything in a folder (kept itself), so that a run's results are its own. */
    public static void clearFolder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(dir)) {
                    Files.delete(p);
                }
            }
        }
    }
}
