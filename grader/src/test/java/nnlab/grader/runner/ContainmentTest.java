package nnlab.grader.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import nnlab.grader.results.Categories;
import nnlab.grader.results.GradedOutcome;
import nnlab.submission.CompileReport;
import nnlab.submission.TolerantCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every submission gets its grade: the reference with one method sabotaged (an endless loop, a long sleep,
 * {@code System.exit}, {@code Runtime.halt}, a heap exhaustion, a native crash, a 16 GB tensor, a file that does
 * not compile) is graded by the runner, and only the sabotaged step loses points, with the category that names what
 * happened; every other step keeps all of its points. Each case grades the whole course (about 30 s).
 */
class ContainmentTest {

    /** The course's total. */
    static final double FULL_SCORE = 121;

    static Path testClasses() throws URISyntaxException {
        return Path.of(ContainmentTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    static Stream<Arguments> sabotages() {
        return Stream.of(
                Arguments.of("an endless loop", "nnlab/lab3/Losses.java", "crossEntropy", "while (true) { }",
                        "L3.2", Categories.TIMED_OUT),
                Arguments.of("a sleep of an hour", "nnlab/lab2/ForwardPasses.java", "linear",
                        "try { Thread.sleep(3_600_000L); } catch (InterruptedException e) { throw new"
                                + " IllegalStateException(e); }", "L2.1", Categories.TIMED_OUT),
                Arguments.of("System.exit(1)", "nnlab/lab1/Tensors.java", "exp", "System.exit(1);", "L1.8",
                        Categories.CRASHED),
                Arguments.of("Runtime.halt(0)", "nnlab/lab1/Tensors.java", "view", "Runtime.getRuntime().halt(0);",
                        "L1.5", Categories.CRASHED),
                Arguments.of("a Java heap exhaustion", "nnlab/lab3/Losses.java", "oneHot",
                        "java.util.List<long[]> hog = new java.util.ArrayList<>(); while (true) { hog.add(new"
                                + " long[1 << 20]); }", "L3.1", Categories.CRASHED),
                Arguments.of("a native crash (a write to address 0)", "nnlab/lab1/Tensors.java", "log",
                        "try { java.lang.reflect.Field f = sun.misc.Unsafe.class.getDeclaredField(\"theUnsafe\");"
                                + " f.setAccessible(true); ((sun.misc.Unsafe) f.get(null)).putAddress(0L, 0L); }"
                                + " catch (ReflectiveOperationException e) { throw new IllegalStateException(e); }",
                        "L1.8", Categories.CRASHED),
                Arguments.of("a 16 GB tensor", "nnlab/lab3/Losses.java", "binaryCrossEntropy",
                        "probabilities.getManager().ones(new ai.djl.ndarray.types.Shape(4L << 30)).sum();", "L3.4",
                        Categories.ERROR));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sabotages")
    void aSabotagedStepCostsOnlyItsOwnPoints(String what, String file, String method, String statement, String step,
            String category, @TempDir Path dir) throws Exception {
        GradingRunner.Run run = grade(dir, file, method, statement);

        assertOnlyStepLost(run.outcomes(), step, category);
    }

    @Test
    void aThreadLeftSpinningIsStoppedAndCostsNothing(@TempDir Path dir) throws Exception {
        GradingRunner.Run run = grade(dir, "nnlab/lab1/Tensors.java", "sum",
                "Thread spin = new Thread(() -> { while (true) { } }); spin.setDaemon(true); spin.start();");

        assertThat(run.outcomes()).allSatisfy(o -> assertThat(o.category()).as(o.name()).isEqualTo(Categories.PASSED));
        assertThat(run.children()).as("a fresh JVM after the case that left the thread").isGreaterThan(1);
        assertThat(run.notes()).anySatisfy(n -> assertThat(n).contains("L1.6").contains("left threads running"));
    }

    @Test
    void aFileThatDoesNotCompileIsGradedAsItsStubAndCostsOnlyItsOwnSteps(@TempDir Path dir) throws Exception {
        Path sources = dir.resolve("src");
        copyTree(Submissions.REFERENCE, sources);
        Path losses = sources.resolve("nnlab/lab3/Losses.java");
        String source = Files.readString(losses);
        int body = source.indexOf("public static NDArray meanSquaredError(");
        int semicolon = source.indexOf(";", body);
        Files.writeString(losses, source.substring(0, semicolon) + source.substring(semicolon + 1));
        int line = (int) source.substring(0, semicolon).lines().count();
        Path classes = dir.resolve("classes");
        String classPath = Submissions.classPathWithout("nnlab.lab3.Losses");
        CompileReport report = new TolerantCompiler(new TolerantCompiler.Settings(sources,
                Submissions.ROOT.resolve("exercises/stubs.json"),
                Stream.of(classPath.split(File.pathSeparator)).map(Path::of).toList(), classes,
                dir.resolve("report.json"), dir.resolve("work"), List.of("--release", "17", "-encoding", "UTF-8",
                        "-parameters"), false)).run().report();

        assertThat(report.files()).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("nnlab/lab3/Losses.java");
            assertThat(f.diagnostics()).contains("nnlab/lab3/Losses.java:" + line + ":").contains("';' expected");
        });

        GradingRunner.Run run = new GradingRunner(new GradingRunner.Settings(testClasses(), "", 1024, 6144,
                dir.resolve("log"), classes + File.pathSeparator + classPath), CompileFailures.of(report)).run();

        assertOnlyStepsLost(run.outcomes(), s -> s.startsWith("L3."), Categories.DOES_NOT_COMPILE);
        assertThat(run.outcomes().stream().filter(o -> o.step().startsWith("L3.")).mapToDouble(GradedOutcome::maxScore)
                .sum()).isEqualTo(11);
        assertThat(run.outcomes()).filteredOn(o -> o.step().startsWith("L3.")).allSatisfy(o ->
                assertThat(o.output()).contains("Losses.java:" + line + ":").contains("';' expected"));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
    }

    static GradingRunner.Run grade(Path dir, String file, String method, String statement) throws Exception {
        Path classes = dir.resolve("classes");
        Submissions.compile(file, Submissions.sabotaged(file, method, statement), classes);
        return new GradingRunner(new GradingRunner.Settings(testClasses(), "", 1024, 6144, dir.resolve("log"),
                Submissions.classPathWith(classes)), CompileFailures.none()).run();
    }

    /** Only {@code step} lost points, all of them in {@code category}; every planned case has one outcome. */
    static void assertOnlyStepLost(List<GradedOutcome> outcomes, String step, String category)
            throws URISyntaxException {
        assertOnlyStepsLost(outcomes, step::equals, category);
    }

    /** Only steps that {@code lost} accepts lost points, all of them in {@code category}; every case has an outcome. */
    static void assertOnlyStepsLost(List<GradedOutcome> outcomes, Predicate<String> lostSteps, String category)
            throws URISyntaxException {
        assertThat(outcomes).hasSameSizeAs(GradingPlan.discover(testClasses()));
        assertThat(outcomes.stream().mapToDouble(GradedOutcome::maxScore).sum()).isCloseTo(FULL_SCORE,
                org.assertj.core.data.Offset.offset(1e-9));
        List<GradedOutcome> lost = outcomes.stream().filter(o -> !o.passed()).toList();
        assertThat(lost).as("the sabotaged step's failed cases").isNotEmpty().allSatisfy(o -> {
            assertThat(lostSteps).as(o.name()).accepts(o.step());
            assertThat(o.category()).as(o.name() + ": " + o.output()).isEqualTo(category);
            assertThat(o.score()).isZero();
        });
        double k = lost.stream().mapToDouble(GradedOutcome::maxScore).sum();
        assertThat(outcomes.stream().mapToDouble(GradedOutcome::score).sum()).isCloseTo(FULL_SCORE - k,
                org.assertj.core.data.Offset.offset(1e-9));
    }
}
