package nnlab.grader.assertions;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The device, interval and row-sum assertions pass on right tensors and name what is wrong otherwise. */
class TensorPropertiesTest {

    private NDManager manager;

    @BeforeEach
    void open() {
        nnlab.course.DjlDefaults.apply();
        manager = NDManager.newBaseManager(Device.cpu());
        GradingContext.enter("L1.9");
    }

    @AfterEach
    void close() {
        GradingContext.leave();
        manager.close();
    }

    @Test
    void aTensorOnTheExpectedDevicePasses() {
        TensorProperties.assertOnDevice("moved", manager.zeros(new Shape(2)), Device.cpu());
    }

    @Test
    void anotherDeviceIsNamed() {
        assertThatThrownBy(() -> TensorProperties.assertOnDevice("moved", manager.zeros(new Shape(2)), Device.gpu()))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("L1.9 moved is on cpu(), expected gpu(0)")
                .hasMessageContaining("getGpuCount()");
        assertThatThrownBy(() -> TensorProperties.assertDevice("the chosen device", null, Device.cpu()))
                .isInstanceOf(AssertionError.class).hasMessageContaining("is null");
    }

    @Test
    void valuesOutsideAHalfOpenIntervalAreCounted() {
        TensorProperties.assertValuesIn("values", manager.create(new float[] {0, 0.5f, 0.999f}), 0, true, 1, false,
                null);
        assertThatThrownBy(() -> TensorProperties.assertValuesIn("values",
                manager.create(new float[] {0.5f, 1, -2, Float.NaN}), 0, true, 1, false, "rand draws from [0, 1)"))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("L1.9 values have values outside [0, 1)")
                .hasMessageContaining("3 of 4 elements outside; first at [1]: 1")
                .hasMessageContaining("hint: rand draws from [0, 1)");
    }

    @Test
    void aRowSumIsCheckedOnTwoDimensionalTensorsOnly() {
        assertThatThrownBy(() -> TensorProperties.assertRowsSumToOne("output", manager.ones(new Shape(4)),
                new nnlab.fixtures.Tolerance(0, 1e-5, "float32"))).isInstanceOf(AssertionError.class)
                .hasMessageContaining("expected a 2-d tensor");
    }
}
