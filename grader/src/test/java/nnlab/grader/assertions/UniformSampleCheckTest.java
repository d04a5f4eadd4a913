package nnlab.grader.assertions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The uniform-sample check passes uniform draws and names what is wrong with others; the threshold check too. */
class UniformSampleCheckTest {

    private static double[] draws(long seed, int n, double low, double high) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = random.nextDouble(low, high);
        }
        return out;
    }

    @Test
    void uniformDrawsPass() {
        for (long seed = 0; seed < 20; seed++) {
            assertThat(UniformSampleCheck.failures(draws(seed, 5000, -0.7, 0.7), 0.7)).isEmpty();
        }
    }

    @Test
    void drawsFromZeroToTheBoundAreNotCentred() {
        assertThat(UniformSampleCheck.failures(draws(1, 5000, 0, 0.7), 0.7))
                .anyMatch(f -> f.startsWith("the mean is")).anyMatch(f -> f.startsWith("the values span only"));
    }

    @Test
    void drawsWithAnotherBoundFail() {
        assertThat(UniformSampleCheck.failures(draws(2, 5000, -1, 1), 0.7)).anyMatch(f -> f.contains("outside ±0.7"));
        assertThat(UniformSampleCheck.failures(draws(3, 5000, -0.35, 0.35), 0.7))
                .anyMatch(f -> f.startsWith("the variance is"));
    }

    @Test
    void normalDrawsOfTheSameVarianceFail() {
        SplittableRandom random = new SplittableRandom(4);
        double[] values = new double[5000];
        double sigma = 0.7 / Math.sqrt(3);
        for (int i = 0; i < values.length; i++) {
            double u1 = random.nextDouble();
            double u2 = random.nextDouble();
            values[i] = sigma * Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
        }
        assertThat(UniformSampleCheck.failures(values, 0.7)).isNotEmpty();
    }

    @Test
    void assertionNamesTheValuesAndTheBound() {
        assertThatThrownBy(() -> UniformSampleCheck.assertUniform("W1's draws", draws(5, 5000, 0, 0.7), 0.7))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("W1's draws do not look drawn from uniform(−a, a)")
                .hasMessageContaining("5000 values, a = 0.7").hasMessageContaining("hint:");
    }

    @Test
    void thresholdPassesAtAndAboveAndFailsBelowWithTheReference() {
        ThresholdCheck.assertAtLeast("accuracy", 0.92, 0.92, "0.95", null);
        ThresholdCheck.assertAtLeast("accuracy", 0.99, 0.92, "0.95", null);
        assertThatThrownBy(() -> ThresholdCheck.assertAtLeast("accuracy", 0.626, 0.92, "0.953 from the same start",
                "does it learn?")).isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("accuracy is below its threshold")
                .hasMessageContaining("actual 0.626, threshold 0.92 (PyTorch: 0.953 from the same start)")
                .hasMessageContaining("hint: does it learn?");
        assertThatThrownBy(() -> ThresholdCheck.assertAtLeast("accuracy", Double.NaN, 0.5, "-", null))
                .isInstanceOf(AssertionFailedError.class);
    }
}
