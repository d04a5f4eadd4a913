package nnlab.grader.runner;

import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Stage;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.StatusDetails;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.util.ResultsUtils;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import nnlab.course.StepId;
import nnlab.grader.hints.Numbers;
import nnlab.grader.results.GradedOutcome;
import nnlab.grader.results.Labs;

/**
 * Allure results for the cases the child JVM could not report itself (it was stopped, it died, the step's file does
 * not compile), labelled as the grading extension labels the others (epic = course, feature = lab, story = step),
 * so the report shows every graded case.
 */
final class AllureOutcomes {

    private AllureOutcomes() {
    }

    static void write(Path dir, List<GradedOutcome> outcomes) {
        FileSystemResultsWriter writer = new FileSystemResultsWriter(dir);
        for (GradedOutcome o : outcomes) {
            StepId step = StepId.parse(o.step());
            String testClass = o.method().substring(0, o.method().indexOf('#'));
            String method = o.method().substring(o.method().indexOf('#') + 1);
            List<Label> labels = List.of(ResultsUtils.createEpicLabel(Labs.COURSE),
                    ResultsUtils.createFeatureLabel(Labs.feature(step)), ResultsUtils.createStoryLabel(step.toString()),
                    ResultsUtils.createTagLabel(step.labId()), ResultsUtils.createSuiteLabel(testClass),
                    ResultsUtils.createTestClassLabel(testClass), ResultsUtils.createTestMethodLabel(method),
                    new Label().setName("points").setValue(Numbers.format(o.maxScore())));
            String uuid = UUID.nameUUIDFromBytes((o.method() + "|" + o.name()).getBytes(StandardCharsets.UTF_8))
                    .toString();
            writer.write(new TestResult().setUuid(uuid).setHistoryId(uuid).setName(o.name())
                    .setFullName(o.method()).setLabels(labels).setStatus(Status.BROKEN).setStage(Stage.FINISHED)
                    .setStatusDetails(new StatusDetails().setMessage(o.category() + ": " + o.output())));
        }
    }
}
