package nnlab.grader.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GradeResultsTest {

    private final GradeResults results = GradeResults.of(List.of(
            new GradedOutcome("T#b", "L3.10 ten · case 1", "L3.10", 0.5, 0.5, Categories.PASSED, "", 0.1),
            new GradedOutcome("T#b", "L3.10 ten · case 2", "L3.10", 0, 0.5, Categories.WRONG_RESULT,
                    "L3.10 loss differs\n  hint: sum", 0.1),
            new GradedOutcome("T#a", "L3.2 two", "L3.2", 0, 2, Categories.NOT_IMPLEMENTED,
                    "L3.2 is not implemented yet", 0),
            new GradedOutcome("U#c", "L1.1 one", "L1.1", 1, 1, Categories.PASSED, "", 0.2)));

    @Test
    void theTableListsStepsInCourseOrderWithLabSubtotalsAndTheGrade() {
        String nl = System.lineSeparator();
        assertThat(results.scoreTable()).isEqualTo(String.join(nl,
                "  step  test                                                                points  result",
                "  L1.1  one                                                                1 / 1    passed",
                "  L1    Lab 1 — tensors                                                    1 / 1  ",
                "  L3.2  two                                                                0 / 2    not implemented yet",
                "  L3.10 ten                                                              0.5 / 1    wrong result (1 of 2 cases pass)",
                "  L3    Lab 3 — losses                                                   0.5 / 3  ",
                "GRADE: 1.5 / 4"));
    }

    @Test
    void failureDetailsShowWrongResultsAndErrorsButNotMissingSteps() {
        assertThat(results.failureDetails()).contains("✗ L3.10 ten · case 2 — wrong result")
                .contains("  L3.10 loss differs").contains("    hint: sum").doesNotContain("L3.2");
    }

    @Test
    void theCasesOfAFileThatDoesNotCompileShareOneBlock() {
        String javac = "nnlab/lab3/Losses.java does not compile\nLosses.java:41:44: error: ';' expected";
        GradeResults uncompiled = GradeResults.of(List.of(
                new GradedOutcome("T#a", "L3.1 one · case 1", "L3.1", 0, 0.5, Categories.DOES_NOT_COMPILE, javac, 0),
                new GradedOutcome("T#a", "L3.1 one · case 2", "L3.1", 0, 0.5, Categories.DOES_NOT_COMPILE, javac, 0),
                new GradedOutcome("T#b", "L3.2 two", "L3.2", 0, 2, Categories.DOES_NOT_COMPILE, javac, 0)));

        String details = uncompiled.failureDetails();

        assertThat(details).contains("✗ L3.1, L3.2 (3 cases) — does not compile").contains("  Losses.java:41:44");
        assertThat(details.split("error: ';' expected", -1)).hasSize(2);
    }

    private static GradedOutcome step(String method, String label, String category, String output,
            List<String> mistakes) {
        return new GradedOutcome(method, "L5.6 one training step · " + label, "L5.6", 0, 0.25, category, output, 0.1,
                GradedOutcome.VISIBLE, mistakes);
    }

    @Test
    void casesOfAStepThatFailTheSameWayShareOneBlockDifferentFailuresKeepTheirOwn() {
        String zeroGrad = "L5.6 gradient of layers.4.bias differs from PyTorch's\n  table %d\n"
                + "  hint: backward adds to .grad, so a step must zero every parameter's gradient first";
        List<GradedOutcome> cases = new java.util.ArrayList<>();
        for (int batch = 1; batch <= 13; batch++) {
            cases.add(step("T#trainingStep", "000 epoch " + batch + " batch 1 of 3, samples [3, 0], loss 0.6",
                    Categories.WRONG_RESULT, zeroGrad.formatted(batch), List.of()));
        }
        cases.add(step("T#trainingStep", "004 epoch 1 batch 1 of 2, samples [1], loss 0.8", Categories.WRONG_RESULT,
                "L5.6 the loss differs from PyTorch's\n  hint: softmax applied twice", List.of()));
        cases.add(step("T#trainingStep", "004 epoch 1 batch 2 of 2, samples [2], loss 0.8", Categories.ERROR,
                "NullPointerException: model", List.of()));

        String details = GradeResults.of(cases).failureDetails();

        assertThat(details.lines().filter(l -> l.startsWith("✗ "))).containsExactly(
                "✗ L5.6 one training step · 000 epoch 1 batch 1 of 3, samples [3, 0], loss 0.6 — wrong result",
                "✗ L5.6 one training step · 004 epoch 1 batch 1 of 2, samples [1], loss 0.8 — wrong result",
                "✗ L5.6 one training step · 004 epoch 1 batch 2 of 2, samples [2], loss 0.8 — error");
        assertThat(details).contains("  table 1").doesNotContain("  table 2")
                .contains("  and 12 more cases fail the same way: 000 epoch 2 batch 1 of 3, 000 epoch 3 batch 1 of 3,")
                .contains("000 epoch 13 batch 1 of 3\n".replace("\n", System.lineSeparator()));
        assertThat(details.split("hint: backward adds", -1)).hasSize(2);
        assertThat(details.lines()).allMatch(l -> l.length() <= 120);
    }

    @Test
    void theSameKnownMistakeIsTheSameWayAcrossTheMethodsOfAStepWhichTheIdsName() {
        List<GradedOutcome> cases = List.of(
                step("T#wholeNotebook", "000: 3 epochs of 3 batches", Categories.WRONG_RESULT, "a\n  hint: zero",
                        List.of("grad-not-reset")),
                step("T#wholeNotebook", "004: 3 epochs of 2 batches", Categories.WRONG_RESULT, "b\n  hint: zero",
                        List.of("grad-not-reset")),
                step("T#trainingLoop", "000: 3 epochs of 3 batches", Categories.WRONG_RESULT, "c\n  hint: other words",
                        List.of("grad-not-reset")));

        assertThat(GradeResults.of(cases).failureDetails())
                .contains("  and 2 more cases fail the same way: wholeNotebook 004, trainingLoop 000");
    }

    @Test
    void rowsNotReRunNowAreMarkedWithTheTimeOfTheirRun() {
        long earlier = java.time.ZonedDateTime.now().withHour(14).withMinute(2).toInstant().toEpochMilli();
        GradeResults partial = GradeResults.of(results.outcomes(), java.util.Map.of("U#c", earlier));

        List<String> lines = partial.scoreTable().lines().toList();

        assertThat(lines).contains(
                "* L1.1  one                                                                1 / 1    passed",
                "  L3.2  two                                                                0 / 2    not implemented yet",
                "* not re-run now: from your run of 14:02 (./mvnw test without -Dtest re-runs everything)");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("GRADE: 1.5 / 4");
        assertThat(results.scoreTable()).doesNotContain("not re-run now");
        GradeResults olderFailure = GradeResults.of(results.outcomes(), java.util.Map.of("T#b", earlier));
        assertThat(olderFailure.failureDetails())
                .contains("✗ L3.10 ten · case 2 — wrong result (not re-run now: from your run of 14:02)");
        assertThat(results.failureDetails()).doesNotContain("not re-run now");
    }

    @Test
    void aCasesShortIdEndsAtItsFirstColonOrAtATopLevelComma() {
        assertThat(GradeResults.shortLabel("000: 3 epochs of 3 batches, lr 0.5: losses 0.75")).isEqualTo("000");
        assertThat(GradeResults.shortLabel("000 epoch 1 batch 2 of 3, samples [3, 0], loss 0.645"))
                .isEqualTo("000 epoch 1 batch 2 of 3");
        assertThat(GradeResults.shortLabel("4 samples, 3 classes, torch.manual_seed(3); randn(4, 3) * 2"))
                .isEqualTo("4 samples, 3 classes");
        assertThat(GradeResults.shortLabel("seed 000's trained logits on the toy training set"))
                .isEqualTo("seed 000's trained logits on the toy training set");
        assertThat(GradeResults.shortLabel("adam-l1")).isEqualTo("adam-l1");
    }
}
