package nnlab.grader.sample;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDManager;
import nnlab.course.NotImplementedYet;
import nnlab.fixtures.FixtureCase;
import nnlab.grader.junit.FixtureCases;
import nnlab.grader.junit.Graded;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Graded tests with every outcome the listener must score, run by GradingListenerTest in a launcher of its own
 * (the name keeps Surefire from running it directly).
 */
public class SampleSteps {

    @Graded(step = "L9.1", points = 2)
    @DisplayName("L9.1 passes")
    @Test
    void passes(NDManager manager) {
        assertThat(manager.create(1f).getFloat()).isEqualTo(1f);
    }

    @Graded(step = "L9.2", points = 3)
    @DisplayName("L9.2 not written yet")
    @Test
    void notImplemented() {
        throw new NotImplementedYet("L9.2");
    }

    @Graded(step = "L9.3", points = 1)
    @DisplayName("L9.3 wrong")
    @Test
    void wrong() {
        assertThat(1).as("the answer").isEqualTo(2);
    }

    @Graded(step = "L9.4", points = 1)
    @DisplayName("L9.4 throws")
    @Test
    void throwsError() {
        throw new IllegalStateException("shape mismatch deep inside");
    }

    @Graded(step = "L9.5", points = 4)
    @DisplayName("L9.5 three of four cases")
    @ParameterizedTest(name = "case {0}")
    @ValueSource(ints = {1, 2, 3, 4})
    void threeOfFour(int n) {
        assertThat(n).isNotEqualTo(3);
    }

    @Graded(step = "L9.6", points = 2)
    @DisplayName("L9.6 fixture missing")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L99.1")
    void fixtureMissing(FixtureCase c) {
        assertThat(c).isNotNull();
    }

    @Disabled("not this term")
    @Graded(step = "L9.7", points = 1)
    @DisplayName("L9.7 disabled")
    @Test
    void disabled() {
    }
}
