package nnlab.grader.junit;

import ai.djl.engine.Engine;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import nnlab.course.StepId;
import nnlab.grader.results.AllureHistory;
import nnlab.grader.results.GradeResults;
import nnlab.grader.results.GradedOutcome;
import nnlab.grader.results.Labs;
import nnlab.grader.results.ResultsStore;

/**
 * The run-wide files of the Allure results folder: {@code categories.json} ({@link AllureCategories}: failures grouped
 * by outcome and by known mistake), {@code environment.properties} (the grade, in total and per lab, first, since the
 * overview's Environment panel is where a reader looks; then what was graded, on which engine, device and thread
 * count) and {@code executor.json} (the grade as the report's name and build, shown at the top of the overview and in
 * its Executors panel; allure-maven writes its own executor over it, the one-file reports of batch grading keep it).
 * The Allure donut counts test cases, not points, so without these the grade is nowhere in the report.
 */
public final class AllureSetup {

    /** Where allure-maven writes the report, relative to the results folder ({@code target/allure-results}). */
    static final String MAVEN_REPORT = "site/allure-maven-plugin";

    private AllureSetup() {
    }

    static void writeRunFiles() {
        String dir = System.getProperty("allure.results.directory");
        if (dir != null) {
            writeRunFiles(Path.of(dir), engineDescription());
        }
    }

    /**
     * Writes the categories and the environment panel into an Allure results folder, with no grade (a run inside one
     * JVM, such as an IDE's).
     *
     * @param engine the engine, its version and device, as the JVM that ran the tests saw them
     */
    public static void writeRunFiles(Path dir, String engine) {
        writeRunFiles(dir, engine, null);
    }

    /**
     * Writes the categories, the environment panel (led by the grade) and the executor (named after the grade) into
     * an Allure results folder.
     *
     * @param engine the engine, its version and device, as the JVM that ran the tests saw them
     * @param grade the merged grade of the run (every lab's latest results), or null for none
     */
    public static void writeRunFiles(Path dir, String engine, GradeResults grade) {
        try {
            Path results = Files.createDirectories(dir);
            ResultsStore.writeAtomically(results.resolve("categories.json"), AllureCategories.committed());
            List<String> lines = new ArrayList<>();
            if (grade != null) {
                lines.add(property("GRADE", points(grade.score(), grade.maxScore())));
                for (Map.Entry<Integer, double[]> lab : perLab(grade).entrySet()) {
                    lines.add(property("L" + lab.getKey(), points(lab.getValue()[0], lab.getValue()[1]) + " — "
                            + Labs.title(lab.getKey())));
                }
            }
            lines.add(property("implementation", System.getProperty("nnlab.implementation", "unknown")));
            lines.add(property("djl.engine", engine));
            lines.add(property("pytorch.threads", System.getProperty("ai.djl.pytorch.num_threads", "default")));
            lines.add(property("pytorch.interop.threads",
                    System.getProperty("ai.djl.pytorch.num_interop_threads", "default")));
            lines.add(property("djl.offline", System.getProperty("ai.djl.offline", "false")));
            lines.add(property("java", System.getProperty("java.version")));
            lines.add(property("os", (System.getProperty("os.name") + " " + System.getProperty("os.arch"))
                    .toLowerCase(Locale.ROOT)));
            lines.add("");
            ResultsStore.writeAtomically(results.resolve("environment.properties"),
                    String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
            if (grade != null) {
                Map<String, Object> executor = new LinkedHashMap<>();
                executor.put("name", "nnlab grader");
                executor.put("type", "nnlab");
                executor.put("buildName", "GRADE " + points(grade.score(), grade.maxScore()));
                executor.put("reportName", "nnlab — GRADE " + points(grade.score(), grade.maxScore()));
                ResultsStore.writeAtomically(results.resolve("executor.json"),
                        new ObjectMapper().writeValueAsBytes(executor));
            }
            // Student mode: the next `./mvnw -pl grader allure:report` continues the trend of the last report.
            AllureHistory.carryOver(results.resolveSibling(MAVEN_REPORT), results);
        } catch (IOException e) {
            throw new UncheckedIOException("writing Allure's run files to " + dir, e);
        }
    }

    /** {@code 33.8 / 121 (27.9 %)}. */
    static String points(double score, double max) {
        return GradeResults.points(score) + " / " + GradeResults.points(max)
                + String.format(Locale.ROOT, " (%.1f %%)", max == 0 ? 0 : 100 * score / max);
    }

    /** Score and maximum per lab, in course order. */
    private static Map<Integer, double[]> perLab(GradeResults grade) {
        Map<Integer, double[]> labs = new TreeMap<>();
        for (GradedOutcome o : grade.outcomes()) {
            double[] sum = labs.computeIfAbsent(StepId.parse(o.step()).lab(), k -> new double[2]);
            sum[0] += o.score();
            sum[1] += o.maxScore();
        }
        return labs;
    }

    /**
     * A line of a properties file as {@link java.util.Properties#load(java.io.InputStream)} reads it, which is how
     * Allure reads it: ISO-8859-1, so every other character as a {@code \\u} escape (a UTF-8 dash showed as "â€”");
     * the key's spaces, colons and equals signs escaped.
     */
    static String property(String key, String value) {
        return escape(key.replaceAll("([ :=\\\\])", "\\\\$1")) + "=" + escape(value.replace("\\", "\\\\")
                .replace("\n", " "));
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c < 0x80 ? String.valueOf(c) : String.format(Locale.ROOT, "\\u%04x", (int) c));
        }
        return b.toString();
    }

    private static String engineDescription() {
        try {
            Engine engine = Engine.getInstance();
            return engine.getEngineName() + " " + engine.getVersion() + " on " + engine.defaultDevice();
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            return "unavailable (" + e.getMessage() + ")";
        }
    }
}
