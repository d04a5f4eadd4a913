package nnlab.grader.runner;

import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.model.Attachment;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Parameter;
import io.qameta.allure.model.Stage;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.StatusDetails;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.util.ResultsUtils;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nnlab.course.StepId;
import nnlab.grader.hints.Numbers;
import nnlab.grader.results.Categories;
import nnlab.grader.results.GradedOutcome;
import nnlab.grader.results.Labs;

/**
 * The Allure results of a run, written by the parent from its own verdicts (the JVM that runs the student's code
 * writes none): one result per graded case, labelled epic = course, feature = lab, story = step, with its points,
 * its visibility, its category as the status message, and the judge's tables and loss curves as attachments.
 */
final class AllureOutcomes {

    private AllureOutcomes() {
    }

    static void write(Path dir, List<GradingRunner.Reported> reported) throws IOException {
        FileSystemResultsWriter writer = new FileSystemResultsWriter(dir);
        for (GradingRunner.Reported r : reported) {
            GradedOutcome o = r.outcome();
            StepId step = StepId.parse(o.step());
            String testClass = o.method().substring(0, o.method().indexOf('#'));
            String method = o.method().substring(o.method().indexOf('#') + 1);
            List<Label> labels = new ArrayList<>(List.of(ResultsUtils.createEpicLabel(Labs.COURSE),
                    ResultsUtils.createFeatureLabel(Labs.feature(step)), ResultsUtils.createStoryLabel(step.toString()),
                    ResultsUtils.createTagLabel(step.labId()), ResultsUtils.createSuiteLabel(testClass),
                    ResultsUtils.createTestClassLabel(testClass), ResultsUtils.createTestMethodLabel(method),
                    new Label().setName("points").setValue(Numbers.format(o.maxScore()))));
            if (o.hidden()) {
                labels.add(ResultsUtils.createTagLabel("hidden"));
            }
            String uuid = UUID.nameUUIDFromBytes((o.method() + "|" + o.name()).getBytes(StandardCharsets.UTF_8))
                    .toString();
            List<Attachment> attachments = new ArrayList<>();
            int n = 0;
            for (GradingRunner.Attachment a : r.attachments()) {
                String source = uuid + "-" + (n++) + "-attachment" + a.extension();
                // A run of one class (-Dtest=...) re-grades cases an earlier run wrote: their attachment is replaced.
                Files.deleteIfExists(dir.resolve(source));
                writer.write(source, new ByteArrayInputStream(a.content()));
                attachments.add(new Attachment().setName(a.name()).setType(a.type()).setSource(source));
            }
            TestResult result = new TestResult().setUuid(uuid).setHistoryId(uuid).setName(o.name())
                    .setFullName(o.method()).setLabels(labels).setStatus(status(o)).setStage(Stage.FINISHED)
                    .setParameters(List.of(new Parameter().setName("points").setValue(Numbers.format(o.score())
                            + " / " + Numbers.format(o.maxScore()))))
                    .setAttachments(attachments);
            if (!o.passed()) {
                result.setStatusDetails(new StatusDetails().setMessage(o.category() + ": " + o.output()));
            }
            writer.write(result);
        }
    }

    private static Status status(GradedOutcome o) {
        return switch (o.category()) {
            case Categories.PASSED -> Status.PASSED;
            case Categories.WRONG_RESULT, Categories.NOT_IMPLEMENTED -> Status.FAILED;
            case Categories.SKIPPED -> Status.SKIPPED;
            default -> Status.BROKEN;
        };
    }
}
