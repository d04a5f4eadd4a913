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
import nnlab.grader.junit.AllureCategories;
import nnlab.grader.results.Categories;
import nnlab.grader.results.GradedOutcome;
import nnlab.grader.results.Labs;

/**
 * The Allure results of a run, written by the parent from its own verdicts (the JVM that runs the student's code
 * writes none): one result per graded case, labelled epic = course, feature = lab, story = the step's test (its id
 * and title, as the score table names it), with its points, its visibility, its fixture case as a parameter, a status
 * message that files it under its category or known mistake ({@link AllureCategories}) with the full failure text as
 * the trace, and the judge's tables and loss curves as attachments. A case's result file is named after the case, so
 * a later run (a whole one, or one of a single lab) replaces the results of the cases it re-ran, attachments
 * included, and keeps the others: the report shows each case once, never earlier runs as retries.
 */
final class AllureOutcomes {

    /** How a parameterized test's display name separates the test from its fixture case. */
    private static final String CASE_SEPARATOR = " \u00b7 ";

    private AllureOutcomes() {
    }

    static void write(Path dir, List<GradingRunner.Reported> reported) throws IOException {
        FileSystemResultsWriter writer = new FileSystemResultsWriter(dir);
        // Allure's timeline and the overview's dates need times: the cases one after the other, ending now.
        long at = System.currentTimeMillis() - Math.round(1000 * reported.stream()
                .mapToDouble(r -> r.outcome().seconds()).sum());
        for (GradingRunner.Reported r : reported) {
            GradedOutcome o = r.outcome();
            StepId step = StepId.parse(o.step());
            String testClass = o.method().substring(0, o.method().indexOf('#'));
            String method = o.method().substring(o.method().indexOf('#') + 1);
            int separator = o.name().indexOf(CASE_SEPARATOR);
            String test = separator < 0 ? o.name() : o.name().substring(0, separator);
            List<Label> labels = new ArrayList<>(List.of(ResultsUtils.createEpicLabel(Labs.COURSE),
                    ResultsUtils.createFeatureLabel(Labs.feature(step)), ResultsUtils.createStoryLabel(test),
                    ResultsUtils.createTagLabel(step.labId()), ResultsUtils.createSuiteLabel(testClass),
                    ResultsUtils.createTestClassLabel(testClass), ResultsUtils.createTestMethodLabel(method),
                    new Label().setName("points").setValue(Numbers.format(o.maxScore()))));
            if (o.hidden()) {
                labels.add(ResultsUtils.createTagLabel("hidden"));
            }
            String uuid = UUID.nameUUIDFromBytes((o.method() + "|" + o.name()).getBytes(StandardCharsets.UTF_8))
                    .toString();
            deleteAttachmentsOf(dir, uuid);
            List<Attachment> attachments = new ArrayList<>();
            int n = 0;
            for (GradingRunner.Attachment a : r.attachments()) {
                String source = uuid + "-" + (n++) + "-attachment" + a.extension();
                // A run of one class (-Dtest=...) re-grades cases an earlier run wrote: their attachment is replaced.
                Files.deleteIfExists(dir.resolve(source));
                writer.write(source, new ByteArrayInputStream(a.content()));
                attachments.add(new Attachment().setName(a.name()).setType(a.type()).setSource(source));
            }
            List<Parameter> parameters = new ArrayList<>();
            if (separator >= 0) {
                parameters.add(new Parameter().setName("fixture case")
                        .setValue(o.name().substring(separator + CASE_SEPARATOR.length())));
            }
            parameters.add(new Parameter().setName("points").setValue(Numbers.format(o.score()) + " / "
                    + Numbers.format(o.maxScore())));
            long stop = at + Math.round(1000 * o.seconds());
            TestResult result = new TestResult().setUuid(uuid).setHistoryId(uuid).setName(o.name())
                    .setFullName(o.method()).setLabels(labels).setStatus(status(o)).setStage(Stage.FINISHED)
                    .setStart(at).setStop(stop).setParameters(parameters).setAttachments(attachments);
            at = stop;
            if (!o.passed()) {
                result.setStatusDetails(new StatusDetails().setMessage(AllureCategories.message(o))
                        .setTrace(o.output()));
            }
            writer.write(result);
        }
    }

    /** Removes the attachments an earlier run wrote for this case, which the new result no longer lists. */
    private static void deleteAttachmentsOf(Path dir, String uuid) throws IOException {
        try (var old = Files.newDirectoryStream(dir, uuid + "-*-attachment*")) {
            for (Path p : old) {
                Files.deleteIfExists(p);
            }
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
