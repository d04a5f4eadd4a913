package nnlab.grader.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import nnlab.fixtures.Fixtures;
import nnlab.fixtures.HiddenCases;
import nnlab.grader.results.Categories;
import nnlab.grader.results.GradeResults;
import nnlab.grader.results.GradedRun;
import nnlab.grader.results.ResultsStore;
import nnlab.grader.runner.CompileFailures;
import nnlab.grader.runner.GradingOutputs;
import nnlab.grader.runner.GradingRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code nnlab run-graded}: grades the implementation on this JVM's class path with the grading runner (child JVMs
 * with time and memory limits), writes results.json, the JUnit XML and the Allure results, and prints the report.
 * Maven's test phase runs it; its exit code is 0 whatever the score, unless the grader itself failed (3) or
 * {@code --require-full-score} is given and the score is not full (1).
 */
@Command(name = "run-graded", mixinStandardHelpOptions = true, versionProvider = NnlabVersion.class,
        header = "Grade the code on the class path, as ./mvnw test does.",
        description = "Grades the implementation on the class path in child JVMs with time and memory limits, and"
            + " writes results.json, the JUnit XML and the Allure results.")
final class RunGradedCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--test-classes", paramLabel = "DIR", required = true,
            description = "the folder of the graded test classes")
    private Path testClasses;

    @Option(names = "--grade-dir", paramLabel = "DIR",
            description = "where results.json goes (default: ${DEFAULT-VALUE})")
    private Path gradeDir = Path.of("target/grade");

    @Option(names = "--junit-xml", paramLabel = "DIR",
            description = "where the JUnit XML goes (default: ${DEFAULT-VALUE})")
    private Path junitDir = Path.of("target/surefire-reports");

    @Option(names = "--allure-results", paramLabel = "DIR",
            description = "Allure's results folder (default: the system property"
            + " allure.results.directory, else ${DEFAULT-VALUE})")
    private Path allureDir = Path.of(System.getProperty("allure.results.directory", "target/allure-results"));

    @Option(names = "--compile-report", paramLabel = "FILE",
            description = "the tolerant compiler's report of files that did not compile")
    private Path compileReport;

    @Option(names = "--filter", paramLabel = "TESTS",
            description = "Surefire's -Dtest syntax: Class or Class#method, comma-separated, *"
            + " wildcards; a filtered run keeps the other tests' latest results")
    private String filter = "";

    @Option(names = "--heap", paramLabel = "MiB",
            description = "each grading JVM's Java heap limit in MiB (default: ${DEFAULT-VALUE})")
    private int heapMiB = 1024;

    @Option(names = "--memory", paramLabel = "MiB",
            description = "each grading JVM's limit on all its data memory, tensors included,"
            + " in MiB, where the OS allows (0: none; default: ${DEFAULT-VALUE})")
    private long memoryMiB = 6144;

    @Option(names = "--class-path", paramLabel = "PATH",
            description = "the grading JVMs' class path (default: this JVM's): the graded"
            + " tests, the kit and the implementation to grade")
    private String classPath = System.getProperty("java.class.path");

    @Option(names = "--require-full-score", arity = "0..1", paramLabel = "true|false",
            description = "exit 1 unless every graded test passes")
    private boolean requireFullScore;

    @Option(names = "--hidden-fixtures", paramLabel = "DIR",
            description = "instructor grading: the folder of hidden fixtures"
            + " (fixtures/hidden); the grading JVMs then hold no expected value, and the grade is judged here")
    private String hiddenFixtures = "";

    @Option(names = "--student", paramLabel = "ID",
            description = "with --hidden-fixtures: the student's id, which picks the hidden"
            + " variant of each step they are graded on; without it, every variant is graded")
    private String student;

    @Option(names = "--hidden-visibility", paramLabel = "V",
            description = "Gradescope's visibility of hidden cases' results:"
            + " after_published, after_due_date, hidden or visible (default: ${DEFAULT-VALUE})")
    private String hiddenVisibility = "after_published";

    @Option(names = "--sealed", arity = "0..1", paramLabel = "true|false",
            description = "grade with sealed fixtures (no expected value in the"
            + " grading JVMs) even without hidden fixtures")
    private boolean sealed;

    @Option(names = "--not-graded", paramLabel = "FILE",
            description = "a file listing, one per line, the submission's files that were"
            + " not graded (listed in results.json)")
    private Path notGraded;

    @Option(names = "--hide", paramLabel = "DIR",
            description = "instructor grading: a folder the grading JVMs must not see (the other"
            + " students' results); repeatable. The hidden fixtures are always hidden")
    private List<Path> hide = new ArrayList<>();

    @Option(names = "--quiet", arity = "0..1", paramLabel = "true|false",
            description = "print no report, only problems")
    private boolean quiet;

    private static final Set<String> VISIBILITIES = Set.of("after_published", "after_due_date",
            "hidden", "visible");

    @Override
    public Integer call() throws IOException, InterruptedException {
        long started = System.nanoTime();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Inputs.readableFolder(spec, "--test-classes", testClasses, "the folder of the compiled graded tests");
        if (notGraded != null) {
            Inputs.readableFile(spec, "--not-graded", notGraded, "a file listing files not graded");
        }
        if (heapMiB < 64) {
            throw new ParameterException(spec.commandLine(), "--heap " + heapMiB + ": expected 64 MiB or more");
        }
        if (memoryMiB < 0) {
            throw new ParameterException(spec.commandLine(), "--memory " + memoryMiB + ": expected 0 (no limit)"
                    + " or a number of MiB");
        }
        if (!VISIBILITIES.contains(hiddenVisibility)) {
            throw new ParameterException(spec.commandLine(), "--hidden-visibility: expected one of"
                    + " after_published, after_due_date, hidden or visible, found '" + hiddenVisibility + "'");
        }
        Path hiddenDir = hiddenFixtures == null || hiddenFixtures.isBlank() ? null : Path.of(hiddenFixtures);
        if (hiddenDir != null && !Files.isDirectory(hiddenDir)) {
            throw new ParameterException(spec.commandLine(), "--hidden-fixtures: " + hiddenFixtures
                    + " is not a folder (expected the course's fixtures/hidden)");
        }
        List<String> notGradedFiles = notGraded == null ? List.of()
                : Files.readAllLines(notGraded, StandardCharsets.UTF_8).stream().map(String::strip)
                        .filter(l -> !l.isEmpty()).toList();
        boolean wholeRun = filter == null || filter.isBlank();
        ResultsStore store = new ResultsStore(gradeDir);
        if (wholeRun) {
            // A whole run starts from its own results only: nothing of an earlier run can show in this one's grade.
            store.startAfresh();
            GradingOutputs.clearFolder(allureDir);
        }
        HiddenCases hidden = hiddenDir == null ? null
                : new HiddenCases(hiddenDir, student == null || student.isBlank() ? null : student);
        GradingRunner.Instructor instructor = hidden != null || sealed
                ? new GradingRunner.Instructor(hidden, hiddenVisibility, hide) : null;
        GradingRunner runner = new GradingRunner(new GradingRunner.Settings(testClasses, filter, heapMiB, memoryMiB,
                gradeDir.resolve("log"), classPath, instructor), CompileFailures.read(compileReport));
        GradingRunner.Run run = runner.run();
        if (!wholeRun && run.outcomes().isEmpty()) {
            // -Dtest naming only kit tests (or a typo): an older grade is not this run's, so none is printed or judged.
            out.println("nnlab: no graded test matches '" + filter + "'; nothing graded, the last grade stays as it was");
            return 0;
        }
        if (wholeRun) {
            // Again: the graded code may have written a part of its own while it ran; a whole run's grade is its own.
            store.startAfresh();
        }
        Map<String, Object> info = new LinkedHashMap<>();
        if (instructor != null) {
            info.put("graded_by", "instructor: expected values judged outside the student's JVM");
            info.put("sandbox", runner.sandboxName());
            if (student != null) {
                info.put("student", student);
            }
            if (hidden != null) {
                Map<String, Integer> variants = new TreeMap<>();
                Fixtures.goldenSteps().forEach(s -> {
                    int v = hidden.variantOf(s.toString());
                    if (v >= 0) {
                        variants.put(s.toString(), v);
                    }
                });
                info.put("hidden_cases", run.hiddenCases());
                if (!variants.isEmpty()) {
                    info.put("hidden_variants", variants);
                }
            }
        }
        if (!notGradedFiles.isEmpty()) {
            info.put("not_graded", notGradedFiles);
        }
        GradeResults merged = store.record(new GradedRun(UUID.randomUUID().toString(),
                System.getProperty("nnlab.implementation", "unknown"), System.currentTimeMillis(), run.outcomes()),
                info, (System.nanoTime() - started) / 1e9);
        GradingOutputs.write(run, merged, junitDir, allureDir);
        GradingOutputs.writeNotes(gradeDir.resolve("log"), run);
        if (!quiet) {
            out.print(merged.report(shown(store.resultsFile())));
            notGradedFiles.forEach(f -> out.println("not graded: " + f));
            if (instructor == null) {
                HiddenStepsNote.text().ifPresent(out::println);
            }
        }
        long graderErrors = merged.outcomes().stream().filter(o -> Categories.GRADER_ERROR.equals(o.category()))
                .count();
        if (graderErrors > 0) {
            out.println("nnlab: the grader itself failed on " + graderErrors + " test cases (not the submission's"
                    + " fault); the grading JVMs' output is in " + gradeDir.resolve("log"));
            return 3;
        }
        // Judged on this run's cases only: results kept from an earlier run (of other code, perhaps) are not its own.
        GradeResults now = GradeResults.of(run.outcomes());
        if (requireFullScore && now.score() < now.maxScore()) {
            out.println("nnlab: the score is not full: " + GradeResults.points(now.score()) + " / "
                    + GradeResults.points(now.maxScore()) + (wholeRun ? "" : " on the tests this run graded"));
            return 1;
        }
        return 0;
    }

    /**
     * The results file as the report names it: relative to the repository (grader/target/grade/results.json) when
     * it lies in it, as a student reads it from the folder they ran ./mvnw in; else absolute.
     */
    private static Path shown(Path resultsFile) {
        Path file = resultsFile.toAbsolutePath().normalize();
        String root = System.getProperty("nnlab.repository.root");
        if (root == null || root.isBlank()) {
            return file;
        }
        Path repository = Path.of(root).toAbsolutePath().normalize();
        return file.startsWith(repository) ? repository.relativize(file) : file;
    }
}
