package nnlab.grader.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nnlab.grader.results.Categories;
import nnlab.grader.results.GradeResults;
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

    private GradeResults.Gradescope grade(Class<?>... classes) throws Exception {
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
        GradeResults.Gradescope results = grade(SampleSteps.class, BrokenSampleSteps.class);

        Map<String, Double> earnedByStep = results.tests().stream().collect(Collectors.groupingBy(
                GradeResults.GradescopeTest::number, Collectors.summingDouble(GradeResults.GradescopeTest::score)));
        Map<String, Double> maxByStep = results.tests().stream().collect(Collectors.groupingBy(
                GradeResults.GradescopeTest::number, Collectors.summingDouble(GradeResults.GradescopeTest::maxScore)));
        assertThat(earnedByStep).containsExactlyInAnyOrderEntriesOf(Map.of("L9.1", 2.0, "L9.2", 0.0, "L9.3", 0.0,
                "L9.4", 0.0, "L9.5", 3.0, "L9.6", 0.0, "L9.7", 0.0, "L9.8", 0.0));
        assertThat(maxByStep).containsExactlyInAnyOrderEntriesOf(Map.of("L9.1", 2.0, "L9.2", 3.0, "L9.3", 1.0,
                "L9.4", 1.0, "L9.5", 4.0, "L9.6", 2.0, "L9.7", 1.0, "L9.8", 2.0));
        assertThat(results.score()).isEqualTo(5.0);
        assertThat(results.maxScore()).isEqualTo(16.0);

        Map<String, GradeResults.GradescopeTest> byName = results.tests().stream()
                .collect(Collectors.toMap(GradeResults.GradescopeTest::name, Function.identity()));
        assertThat(category(byName.get("L9.1 passes"))).isEqualTo(Categories.PASSED);
        assertThat(byName.get("L9.1 passes").status()).isEqualTo("passed");
        assertThat(category(byName.get("L9.2 not written yet"))).isEqualTo(Categories.NOT_IMPLEMENTED);
        assertThat(byName.get("L9.2 not written yet").output()).startsWith("L9.2 is not implemented yet");
        assertThat(category(byName.get("L9.3 wrong"))).isEqualTo(Categories.WRONG_RESULT);
        assertThat(byName.get("L9.3 wrong").output()).contains("[the answer]");
        assertThat(category(byName.get("L9.4 throws"))).isEqualTo(Categories.ERROR);
        assertThat(byName.get("L9.4 throws").output())
                .isEqualTo("java.lang.IllegalStateException: shape mismatch deep inside");
        assertThat(byName.get("L9.5 three of four cases · case 3").status()).isEqualTo("failed");
        assertThat(byName.get("L9.5 three of four cases · case 4").score()).isEqualTo(1.0);
        assertThat(category(byName.get("L9.6 fixture missing"))).isEqualTo(Categories.ERROR);
        assertThat(byName.get("L9.6 fixture missing").output()).contains("nnlab/golden/L99.1.json: not found");
        assertThat(category(byName.get("L9.7 disabled"))).isEqualTo(Categories.SKIPPED);
        assertThat(byName.get("L9.7 disabled").output()).isEqualTo("skipped: not this term");
        assertThat(category(byName.get("L9.8 never starts"))).isEqualTo(Categories.ERROR);
        assertThat(byName.get("L9.8 never starts").output()).contains("the data set could not be read");

        assertThat(results.output()).endsWith("GRADE: 5 / 16");
        assertThat(results.tests()).allSatisfy(t -> assertThat(t.tags()).containsExactly("L9"));
    }

    @Test
    void aDisabledClassCountsAsSkipped() throws Exception {
        GradeResults.Gradescope results = grade(nnlab.grader.sample.DisabledSampleSteps.class);
        assertThat(results.tests()).singleElement().satisfies(t -> {
            assertThat(t.maxScore()).isEqualTo(1.0);
            assertThat(category(t)).isEqualTo(Categories.SKIPPED);
            assertThat(t.output()).isEqualTo("skipped: lab 9 is not graded this term");
        });
    }

    @Test
    void aLaterRunOfSomeTestsReplacesOnlyTheirResults() throws Exception {
        grade(SampleSteps.class, BrokenSampleSteps.class);
        GradeResults.Gradescope again = grade(BrokenSampleSteps.class);
        assertThat(again.maxScore()).isEqualTo(16.0);
        assertThat(again.score()).isEqualTo(5.0);
        assertThat(again.tests()).hasSize(11);
        assertThat(gradeDir.resolve("parts")).isDirectoryContaining("glob:**.json");
        assertThat(List.of(gradeDir.resolve("parts").toFile().list())).hasSize(2);
    }

    private static String category(GradeResults.GradescopeTest t) {
        return String.valueOf(t.extraData().get("category"));
    }
}
