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
}
