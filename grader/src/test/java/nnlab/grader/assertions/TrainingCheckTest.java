package nnlab.grader.assertions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDManager;
import java.util.List;
import java.util.Map;
import nnlab.course.DjlDefaults;
import nnlab.fixtures.FixtureDType;
import nnlab.fixtures.TensorData;
import nnlab.fixtures.Tolerance;
import nnlab.grader.junit.LossCurveChart;
import org.junit.jupiter.api.Test;

/** The kit's training checks: which stage differs first, the learning rate an update used, the loss chart. */
class TrainingCheckTest {

    private static TensorData tensor(double... values) {
        return new TensorData("test", FixtureDType.FLOAT32, new long[] {values.length}, values,
                Tolerance.defaultFor(FixtureDType.FLOAT32));
    }

    @Test
    void impliedLearningRateIsFoundOnlyWhenOneFactorFitsEveryElement() {
        double[] before = {1.0, 2.0, -1.0};
        double[] grad = {0.5, -0.25, 2.0};
        double[] after = {1.0 - 0.1 * 0.5, 2.0 + 0.1 * 0.25, -1.0 - 0.1 * 2.0};
        assertThat(TrainingCheck.impliedLearningRate(after, before, grad).orElseThrow())
                .isCloseTo(0.1, org.assertj.core.data.Offset.offset(1e-12));
        after[2] = 5;
        assertThat(TrainingCheck.impliedLearningRate(after, before, grad)).isEmpty();
        assertThat(TrainingCheck.impliedLearningRate(before, before, new double[] {0, 0, 0})).isEmpty();
    }

    @Test
    void namesTheFirstStageThatDiffersAndTheStagesThatMatched() {
        DjlDefaults.apply();
        try (NDManager manager = NDManager.newBaseManager()) {
            TrainingCheck check = new TrainingCheck("000 epoch 1 batch 2 of 3");
            check.check(FailureMessages.LOGITS, "logits", manager.create(new float[] {1, 2}), tensor(1, 2), Map.of())
                    .passed(FailureMessages.LOGITS);
            check.check(FailureMessages.LOSS, "loss", manager.create(new float[] {3}), tensor(3), Map.of())
                    .passed(FailureMessages.LOSS);
            assertThatThrownBy(() -> check.checkUpdate("updated w", manager.create(new float[] {0.9f, 1.8f}),
                    tensor(0.5, 1.0), Map.of(), tensor(1, 2), tensor(1, 2), 0.5))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageStartingWith("000 epoch 1 batch 2 of 3: the updated weights differ first (the logits"
                            + " and the loss match PyTorch's)")
                    .hasMessageContaining("updated w differs from PyTorch's")
                    .hasMessageContaining(FailureMessages.learningRate(0.1, 0.5))
                    .hasMessageNotContaining("hint: every value");
        }
    }

    @Test
    void lossChartIsAPng() {
        byte[] png = LossCurveChart.png("test", "batch", List.of(0.75, 0.65, 0.42), List.of(0.75, Double.NaN, 0.0));
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(png.length).isGreaterThan(1000);
    }
}
