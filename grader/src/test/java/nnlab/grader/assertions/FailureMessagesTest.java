package nnlab.grader.assertions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nnlab.fixtures.FixtureDType;
import nnlab.fixtures.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The wording a beginner reads first: the values beside a scalar's shape, and verbs that agree with the name. */
class FailureMessagesTest {

    private static final Tolerance FLOAT32 = Tolerance.defaultFor(FixtureDType.FLOAT32);

    @Test
    void aScalarsValueStandsOnItsShapeLine() {
        String message = judge("loss", new TensorValues("float32", new long[0], new double[] {0.96003652}),
                new TensorValues("float32", new long[0], new double[] {1.0938976}));
        assertThat(message.lines()).contains("  expected: float32 [] 1.0938976", "  actual:   float32 [] 0.96003652");
    }

    @Test
    void aTinyTensorsValuesStandOnItsShapeLineALargerOnesDoNot() {
        assertThat(FailureMessages.shapeLine("expected:", new TensorValues("int64", new long[] {2},
                new double[] {1, 0}))).isEqualTo("  expected: int64 [2] [1, 0]");
        assertThat(FailureMessages.shapeLine("actual:", new TensorValues("float32", new long[] {2, 2},
                new double[] {0.5, 0.25, 1, 2}))).isEqualTo("  actual:   float32 [2, 2] [0.5, 0.25, 1, 2]");
        assertThat(FailureMessages.shapeLine("actual:", new TensorValues("float32", new long[] {5},
                new double[] {1, 2, 3, 4, 5}))).isEqualTo("  actual:   float32 [5]");
    }

    @Test
    void aPluralNameTakesAPluralVerb() {
        TensorValues expected = new TensorValues("float32", new long[] {9}, new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
        TensorValues actual = new TensorValues("float32", new long[] {9}, new double[] {1, 2, 3, 4, 5, 6, 7, 8, 10});
        assertThat(judge("losses of the whole notebook", actual, expected))
                .startsWith("L5.7 losses of the whole notebook differ from PyTorch's");
        assertThat(judge("the loss", actual, expected)).startsWith("L5.7 the loss differs from PyTorch's");
        assertThat(judge("the logits", new TensorValues("float32", new long[] {3}, new double[] {1, 2, 3}), expected))
                .startsWith("L5.7 the logits have the wrong shape");
        assertThat(FailureMessages.returnedNull("L5.8", "argmax predictions"))
                .startsWith("L5.8 argmax predictions are null");
        assertThat(FailureMessages.belowThreshold("L7.9", "final accuracies", 0.5, 0.9, "0.98", null))
                .startsWith("L7.9 final accuracies are below their threshold");
        assertThat(FailureMessages.belowThreshold("L7.9", "final accuracy", 0.5, 0.9, "0.98", null))
                .startsWith("L7.9 final accuracy is below its threshold");
    }

    /** The names the graded tests give their values (grep named(" in grader/src/test), and a few fixture keys. */
    @ParameterizedTest(name = "{0}: plural {1}")
    @CsvSource(delimiter = '|', value = {
            "losses of the whole notebook | true",
            "per-epoch mean losses the loop returns | true",
            "per-epoch losses from the seed | true",
            "losses the loop returns | true",
            "outputs drawn from the generator in epoch 2 | true",
            "outputs of the loaded model | true",
            "samples of epoch 1 | true",
            "salaries.csv features | true",
            "the logits | true",
            "probabilities | true",
            "values | true",
            "the gradients | true",
            "final weights | true",
            "loss | false",
            "the epoch's mean loss | false",
            "hand-written loss × number of classes | false",
            "number of batches in epoch 3 | false",
            "order of epoch 2 | false",
            "size() (len(loader)) | false",
            "W1.grad | false",
            "b2 | false",
            "bias | false",
            "accuracy | false",
            "oneHot | false"})
    void pluralNames(String name, boolean plural) {
        assertThat(FailureMessages.plural(name)).isEqualTo(plural);
    }

    private static String judge(String what, TensorValues actual, TensorValues expected) {
        return TensorJudgement.of("L5.7", what, actual, expected, "nnlab/golden/L5.7.json: cases[0].expected.losses",
                FLOAT32, Map.of()).orElseThrow().message();
    }
}
