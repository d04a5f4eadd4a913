package nnlab.grader.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** {@code -Dtest} selects the graded cases it names, as Surefire would select the tests. */
class GradingPlanTest {

    private static PlannedTest caseOf(String method) {
        return new PlannedTest("id", method, method + "()", -1, "L3.2 x", "L3.2", 1, 10, null, null, false, java.util.List.of());
    }

    @Test
    void aFilterNamesClassesBySimpleOrFullNameAndMethodsWithWildcards() {
        PlannedTest crossEntropy = caseOf("nnlab.lab3.LossesTest#crossEntropy");
        PlannedTest view = caseOf("nnlab.lab1.TensorsTest#view");

        assertThat(GradingPlan.selectedBy("")).accepts(crossEntropy, view);
        Predicate<PlannedTest> losses = GradingPlan.selectedBy("LossesTest");
        assertThat(losses).accepts(crossEntropy).rejects(view);
        assertThat(GradingPlan.selectedBy("LossesTest#cross*")).accepts(crossEntropy)
                .rejects(caseOf("nnlab.lab3.LossesTest#oneHot"));
        assertThat(GradingPlan.selectedBy("nnlab.lab1.*, LossesTest#crossEntropy")).accepts(crossEntropy, view)
                .rejects(caseOf("nnlab.lab3.LossesTest#oneHot"));
        assertThat(GradingPlan.selectedBy("Losses")).rejects(crossEntropy);
    }

    @Test
    void aFilterNamesAStepOrALabByItsId() {
        PlannedTest l32 = caseOf("nnlab.lab3.LossesTest#crossEntropy");
        PlannedTest l31 = ofStep("nnlab.lab3.LossesTest#oneHot", "L3.1");
        PlannedTest l310 = ofStep("T#ten", "L3.10");
        PlannedTest l71 = ofStep("U#one", "L7.1");

        assertThat(GradingPlan.selectedBy("L3.2")).accepts(l32).rejects(l31, l310, l71);
        assertThat(GradingPlan.selectedBy("L3")).accepts(l32, l31, l310).rejects(l71);
        assertThat(GradingPlan.selectedBy("L7.1, LossesTest#crossEntropy")).accepts(l32, l71).rejects(l31, l310);
    }

    private static PlannedTest ofStep(String method, String step) {
        return new PlannedTest("id", method, method + "()", -1, step + " x", step, 1, 10, null, null, false,
                java.util.List.of());
    }
}
