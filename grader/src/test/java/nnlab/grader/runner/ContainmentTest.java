package nnlab.grader.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nnlab.grader.GradedOutcome;
import nnlab.grader.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every submission gets its grade: the reference with one method sabotaged (an endless loop, a long sleep,
 * {@code System.exit}, {@code Runtime.halt}, a heap exhaustion, a native crash, a 16 GB tensor) is graded by the
 * runner, and only the sabotaged step loses points, with the category that names what happened; every other step
 * keeps all of its points. Each case grades the whole course (about 30 s).
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
                        "L3.2", Messages.TIMED_OUT),
                Arguments.of("a sleep of an hour", "nnlab/lab2/ForwardPasses.java", "linear",
                        "try { Thread.sleep(3_600_000L); } catch (InterruptedException e) { throw new"
                                + " IllegalStateException(e); }", "L2.1", Messages.TIMED_OUT),
                Arguments.of("System.exit(1)", "nnlab/lab1/Tensors.java", "exp", "System.exit(1);", "L1.8",
                        Messages.CRASHED),
                Arguments.of("Runtime.halt(0)", "nnlab/lab1/Tensors.java", "view", "Runtime.getRuntime().halt(0);",
                        "L1.5", Messages.CRASHED),
                Arguments.of("a Java heap exhaustion", "nnlab/lab3/Losses.java", "oneHot",
                        "java.util.List<long[]> hog = new java.util.ArrayList<>(); while (true) { hog.add(new"
                                + " long[1 << 20]); }", "L3.1", Messages.CRASHED),
                Arguments.of("a native crash (a write to address 0)", "nnlab/lab1/Tensors.java", "log",
                        "try { java.lang.reflect.Field f = sun.misc.Unsafe.class.getDeclaredField(\"theUnsafe\");"
                                + " f.setAccessible(true); ((sun.misc.Unsafe) f.get(null)).putAddress(0L, 0L); }"
                                + " catch (ReflectiveOperationException e) { throw new IllegalStateException(e); }",
                        "L1.8", Messages.CRASHED),
                Arguments.of("a 16 GB tensor", "nnlab/lab3/Losses.java", "binaryCrossEntropy",
                        "probabilities.getManager().ones(new ai.djl.ndarray.types.Shape(4L << 30)).sum();", "L3.4",
                        Messages.ERROR));
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

        assertThat(run.outcomes()).allSatisfy(o -> assertThat(o.category()).as(o.name()).isEqualTo(Messages.PASSED));
        assertThat(run.children()).as("a fresh JVM after the case that left the thread").isGreaterThan(1);
        assertThat(run.notes()).anySatisfy(n -> assertThat(n).contains("L1.6").contains("left threads running"));
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
        assertThat(outcomes).hasSameSizeAs(GradingPlan.discover(testClasses(), ""));
        assertThat(outcomes.stream().mapToDouble(GradedOutcome::maxScore).sum()).isCloseTo(FULL_SCORE,
                org.assertj.core.data.Offset.offset(1e-9));
        List<GradedOutcome> lost = outcomes.stream().filter(o -> !o.passed()).toList();
        assertThat(lost).as("the sabotaged step's failed cases").isNotEmpty().allSatisfy(o -> {
            assertThat(o.step()).as(o.name()).isEqualTo(step);
            assertThat(o.category()).as(o.name() + ": " + o.output()).isEqualTo(category);
            assertThat(o.score()).isZero();
        });
        double k = lost.stream().mapToDouble(GradedOutcome::maxScore).sum();
        assertThat(outcomes.stream().mapToDouble(GradedOutcome::score).sum()).isCloseTo(FULL_SCORE - k,
                org.assertj.core.data.Offset.offset(1e-9));
    }
}
