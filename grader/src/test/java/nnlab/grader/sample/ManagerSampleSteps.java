package nnlab.grader.sample;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDManager;
import nnlab.grader.junit.Graded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A parameterized graded test that also takes the NDManager, as most graded tests do, run by AllureParametersTest
 * under Allure's own listener (the name keeps Surefire from running it directly).
 */
public class ManagerSampleSteps {

    @Graded(step = "L9.9", points = 1)
    @DisplayName("L9.9 with a manager")
    @ParameterizedTest(name = "case {0}")
    @ValueSource(ints = {1, 2})
    void withManager(int n, NDManager manager) {
        assertThat(manager.create((float) n).getFloat()).isEqualTo(n);
    }
}
