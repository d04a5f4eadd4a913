package nnlab.grader.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nnlab.grader.results.Categories;
import nnlab.grader.results.GradedOutcome;
import nnlab.grader.results.GradescopeResults;
import nnlab.grader.results.ResultsStore;
import nnlab.grader.sample.BrokenSampleSteps;
import nnlab.grader.sample.SampleSteps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** Runs graded sample tests in a launcher of their own and reads what the listener recorded. */
class GradingListenerTest {

    @TempDir
    Path gradeDir;

    private GradescopeResults.Gradescope grade(Class<?>... classes) throws Exception {
        String before = System.getProperty("nnlab.grade.dir");
        System.setProperty("nnlab.grade.dir", gradeDir.toString());
        try {
            Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                    .enableTestExecutionListenerAutoRegistration(false)
                    .addTestExecutionListeners(new GradingListener()).build());
            var request = LauncherDiscoveryRequestBuilder.request();
            for (Class<?> c : classes) {
                request.selectors(selectClass(c));
            }
            launcher.execute(request.build());
        } finally {
            if (before == null) {
                System.clearProperty("nnlab.grade.dir");
            } else {
                System.setProperty("nnlab.grade.dir", before);
            }
        }
        return ResultsStore.readResults(gradeDir.resolve("results.json"));
    }

    @Test
    void scoresEveryOutcomeAndCountsTestsThatNeverRan() throws Exception {
        GradescopeResults.Gradescope results = grade(SampleSteps.class, BrokenSampleSteps.class);

        // One Gradescope test per step (no hidden cases here), its points those of its cases.
        Map<String, Double> earnedByStep = results.tests().stream().collect(Collectors.toMap(
                t -> String.valueOf(t.extraData().get("step")), t -> t.score().doubleValue()));
        Map<String, Double> maxByStep = results.tests().stream().collect(Collectors.toMap(
                t -> String.valueOf(t.extraData().get("step")), t -> t.maxScore().doubleValue()));
        assertThat(earnedByStep).containsExactlyInAnyOrderEntriesOf(Map.of("L9.1", 2.0, "L9.2", 0.0, "L9.3", 0.0,
                "L9.4", 0.0, "L9.5", 3.0, "L9.6", 0.0, "L9.7", 0.0, "L9.8", 0.0));
        assertThat(maxByStep).containsExactlyInAnyOrderEntriesOf(Map.of("L9.1", 2.0, "L9.2", 3.0, "L9.3", 1.0,
                "L9.4", 1.0, "L9.5", 4.0, "L9.6", 2.0, "L9.7", 1.0, "L9.8", 2.0));
        assertThat(results.tests()).extracting(GradescopeResults.GradescopeTest::number).containsExactly("9.1", "9.2",
                "9.3", "9.4", "9.5", "9.6", "9.7", "9.8");
        assertThat(results.score()).isEqualByComparingTo("5");
        assertThat(results.maxScore()).isEqualByComparingTo("16");
        assertThat(results.executionTime()).isNotNull().isNotNegative();

        Map<String, GradedOutcome> byName = GradescopeResults.fromGradescope(results).outcomes().stream()
                .collect(Collectors.toMap(GradedOutcome::name, Function.identity()));
        assertThat(byName.get("L9.1 passes").category()).isEqualTo(Categories.PASSED);
        assertThat(results.tests().get(0).status()).isEqualTo("passed");
        assertThat(byName.get("L9.2 not written yet").category()).isEqualTo(Categories.NOT_IMPLEMENTED);
        assertThat(byName.get("L9.2 not written yet").output()).startsWith("L9.2 is not implemented yet");
        assertThat(byName.get("L9.3 wrong").category()).isEqualTo(Categories.WRONG_RESULT);
        assertThat(byName.get("L9.3 wrong").output()).contains("[the answer]");
        assertThat(byName.get("L9.4 throws").category()).isEqualTo(Categories.ERROR);
        assertThat(byName.get("L9.4 throws").output())
                .isEqualTo("java.lang.IllegalStateException: shape mismatch deep inside");
        assertThat(byName.get("L9.5 three of four cases · case 3").passed()).isFalse();
        assertThat(byName.get("L9.5 three of four cases · case 4").score()).isEqualTo(1.0);
        assertThat(results.tests().get(4).status()).isEqualTo("failed");
        assertThat(results.tests().get(4).output()).startsWith("3 of 4 cases pass.");
        assertThat(byName.get("L9.6 fixture missing").category()).isEqualTo(Categories.ERROR);
        assertThat(byName.get("L9.6 fixture missing").output()).contains("nnlab/golden/L99.1.json: not found");
        assertThat(byName.get("L9.7 disabled").category()).isEqualTo(Categories.SKIPPED);
        assertThat(byName.get("L9.7 disabled").output()).isEqualTo("skipped: not this term");
        assertThat(byName.get("L9.8 never starts").category()).isEqualTo(Categories.ERROR);
        assertThat(byName.get("L9.8 never starts").output()).contains("the data set could not be read");

        assertThat(results.output()).contains("GRADE: 5 / 16");
        assertThat(results.tests()).allSatisfy(t -> assertThat(t.tags()).startsWith("L9"));
    }

    @Test
    void aDisabledClassCountsAsSkipped() throws Exception {
        GradescopeResults.Gradescope results = grade(nnlab.grader.sample.DisabledSampleSteps.class);
        assertThat(GradescopeResults.fromGradescope(results).outcomes()).singleElement().satisfies(o -> {
            assertThat(o.maxScore()).isEqualTo(1.0);
            assertThat(o.category()).isEqualTo(Categories.SKIPPED);
            assertThat(o.output()).isEqualTo("skipped: lab 9 is not graded this term");
        });
    }

    @Test
    void aLaterRunOfSomeTestsReplacesOnlyTheirResults() throws Exception {
        grade(SampleSteps.class, BrokenSampleSteps.class);
        GradescopeResults.Gradescope again = grade(BrokenSampleSteps.class);
        assertThat(again.maxScore()).isEqualByComparingTo("16");
        assertThat(again.score()).isEqualByComparingTo("5");
        assertThat(GradescopeResults.fromGradescope(again).outcomes()).hasSize(11);
        assertThat(gradeDir.resolve("parts")).isDirectoryContaining("glob:**.json");
        assertThat(List.of(gradeDir.resolve("parts").toFile().list())).hasSize(2);
    }
}
