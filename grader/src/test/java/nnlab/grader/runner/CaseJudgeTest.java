package nnlab.grader.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nnlab.fixtures.FixtureCase;
import nnlab.fixtures.Fixtures;
import nnlab.grader.assertions.Observation;
import nnlab.grader.assertions.TensorValues;
import nnlab.grader.results.Categories;
import org.junit.jupiter.api.Test;

/**
 * The judge decides a case from what the child handed back, with its own fixtures: the right value passes, a wrong
 * one fails with the same wording and known mistake as in the child, and nothing the child can send instead (no
 * value, a value for another case, an expected value of its own, a malformed answer) passes the case.
 */
class CaseJudgeTest {

    private static final String FIELD = "nnlab/golden/L3.2.json: cases[1].expected.loss";

    private final CaseJudge judge = new CaseJudge(new JudgedCases(null));

    private static PlannedTest crossEntropyCase(int index, List<String> judges) {
        return new PlannedTest("id", "nnlab.lab3.LossesTest#crossEntropy", "sel", index, "L3.2 x", "L3.2", 1, 10,
                null, "L3.2", false, judges);
    }

    private static Observation loss(String ref, double value) {
        return new Observation(Observation.TENSOR, "loss", ref, new TensorValues("float32", new long[0],
                new double[] {value}), null, null, null, null, true, false, null, null);
    }

    private static double expectedLoss() {
        FixtureCase c = Fixtures.golden("L3.2").cases().get(1);
        return c.expected("loss").scalar();
    }

    @Test
    void theRightValuePasses() {
        CaseJudge.Verdict v = judge.judge(crossEntropyCase(1, List.of()), List.of(loss(FIELD, expectedLoss())));
        assertThat(v.passed()).isTrue();
        assertThat(v.mistakes()).isEmpty();
    }

    @Test
    void aKnownMistakeFailsWithTheChildsWordingAndItsId() {
        double softmaxTwice = Fixtures.golden("L3.2").cases().get(1).mistakes("loss")
                .get("softmax-before-cross-entropy").scalar();
        CaseJudge.Verdict v = judge.judge(crossEntropyCase(1, List.of()), List.of(loss(FIELD, softmaxTwice)));
        assertThat(v.category()).isEqualTo(Categories.WRONG_RESULT);
        assertThat(v.output()).startsWith("L3.2 loss differs from PyTorch's").contains("fixture:  " + FIELD)
                .contains("softmax");
        assertThat(v.mistakes()).containsExactly("softmax-before-cross-entropy");
        assertThat(v.attachments()).extracting(GradingRunner.Attachment::name).containsExactly(
                "L3.2 loss: expected vs actual");
    }

    @Test
    void aCaseWithNothingHandedBackCannotPass() {
        CaseJudge.Verdict v = judge.judge(crossEntropyCase(1, List.of()), List.of());
        assertThat(v.category()).isEqualTo(Categories.ERROR);
        assertThat(v.output()).startsWith("L3.2 handed back no value for loss");
    }

    @Test
    void aRightValueForAnotherCaseDoesNotCount() {
        // The public case 0's answer, handed back for case 1: matched, but case 1's own loss is missing.
        String otherCase = "nnlab/golden/L3.2.json: cases[0].expected.loss";
        double case0 = Fixtures.golden("L3.2").cases().get(0).expected("loss").scalar();
        CaseJudge.Verdict v = judge.judge(crossEntropyCase(1, List.of()), List.of(loss(otherCase, case0)));
        assertThat(v.passed()).isFalse();
        assertThat(v.output()).contains("handed back no value for loss");
    }

    @Test
    void anExpectedValueOfTheChildsOwnDoesNotCount() {
        Observation inline = new Observation(Observation.TENSOR, "loss", null, new TensorValues("float32",
                new long[0], new double[] {1}), new TensorValues("float32", new long[0], new double[] {1}), 0.0, 0.0,
                "forged", false, false, null, null);
        CaseJudge.Verdict v = judge.judge(crossEntropyCase(1, List.of()), List.of(inline));
        assertThat(v.passed()).isFalse();
        assertThat(v.output()).contains("handed back no value for loss");
    }

    @Test
    void aChartCoversNoComparison() {
        Observation chart = Observation.chart("loss curve", FIELD, new double[] {1}, "title", "batch");
        CaseJudge.Verdict v = judge.judge(crossEntropyCase(1, List.of()), List.of(chart));
        assertThat(v.output()).contains("handed back no value for loss");
        assertThat(v.attachments()).extracting(GradingRunner.Attachment::type).containsExactly("image/png");
    }

    @Test
    void aMalformedAnswerFailsTheCaseNotTheGrader() {
        Observation noValues = new Observation(Observation.TENSOR, "loss", FIELD, new TensorValues("float32",
                new long[] {3}, new double[] {1}), null, null, null, null, false, false, null, null);
        Observation unknownCase = loss("nnlab/golden/L3.2.json: cases[99].expected.loss", 1);
        Observation unknownKey = loss("nnlab/golden/L3.2.json: cases[1].expected.nothing", 1);
        for (Observation o : List.of(noValues, unknownCase, unknownKey)) {
            CaseJudge.Verdict v = judge.judge(crossEntropyCase(1, List.of()), List.of(o, loss(FIELD, expectedLoss())));
            assertThat(v.passed()).as(o.ref()).isFalse();
            assertThat(v.category()).as(o.ref()).isEqualTo(Categories.ERROR);
        }
    }

    @Test
    void aTestThatJudgesSomeKeysNeedsOnlyThose() {
        PlannedTest judgesLoss = new PlannedTest("id", "nnlab.lab3.LossesTest#handWritten", "sel", 0, "L3.6 x",
                "L3.6", 1, 10, null, "L3.6", false, List.of("loss"));
        FixtureCase c = Fixtures.golden("L3.6").cases().get(0);
        Observation right = loss("nnlab/golden/L3.6.json: cases[0].expected.loss", c.expected("loss").scalar());
        assertThat(judge.judge(judgesLoss, List.of(right)).passed()).isTrue();
        PlannedTest judgesAll = new PlannedTest("id", "x#y", "sel", 0, "L3.6 x", "L3.6", 1, 10, null, "L3.6", false,
                List.of());
        assertThat(judge.judge(judgesAll, List.of(right)).output()).contains("handed back no value for libraryLoss");
    }
}
