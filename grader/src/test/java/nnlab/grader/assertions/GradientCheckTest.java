package nnlab.grader.assertions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.util.List;
import nnlab.fixtures.FixtureCase;
import nnlab.fixtures.Fixtures;
import nnlab.lab4.ShallowNetwork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The finite-difference gradient check accepts right gradients and names the parameter and index of a wrong one. */
class GradientCheckTest {

    private NDManager manager;

    @BeforeEach
    void open() {
        nnlab.course.DjlDefaults.apply();
        manager = NDManager.newBaseManager();
        GradingContext.enter("L4.8");
    }

    @AfterEach
    void close() {
        GradingContext.leave();
        manager.close();
    }

    /** f(a, b) = Σ a² + 3 Σ a⊙b: ∂f/∂a = 2a + 3b, ∂f/∂b = 3a. */
    private static NDArray quadratic(NDList p) {
        return p.get(0).square().sum().add(p.get(0).mul(p.get(1)).sum().mul(3));
    }

    private NDList point() {
        return new NDList(manager.create(new double[] {0.5, -1.25, 2, 0.1, -0.3, 0.7}, new Shape(2, 3)),
                manager.create(new double[] {1.5, 0.25, -2, 0.4, 0.8, -0.6}, new Shape(2, 3)));
    }

    private NDList rightGradients(NDList p) {
        return new NDList(p.get(0).mul(2).add(p.get(1).mul(3)), p.get(0).mul(3));
    }

    @Test
    void centralDifferencesOfAQuadraticAreItsDerivative() {
        NDList p = point();
        List<double[]> numeric = GradientCheck.of(GradientCheckTest::quadratic).numericGradients(p);
        double[] a = rightGradients(p).get(0).toDoubleArray();
        double[] b = rightGradients(p).get(1).toDoubleArray();
        for (int i = 0; i < a.length; i++) {
            assertThat(numeric.get(0)[i]).isCloseTo(a[i], org.assertj.core.data.Offset.offset(1e-8));
            assertThat(numeric.get(1)[i]).isCloseTo(b[i], org.assertj.core.data.Offset.offset(1e-8));
        }
    }

    @Test
    void acceptsTheRightGradient() {
        NDList p = point();
        GradientCheck.of(GradientCheckTest::quadratic).verify(List.of("a", "b"), p, rightGradients(p));
    }

    @Test
    void namesTheParameterAndTheIndexOfAWrongGradient() {
        NDList p = point();
        NDList gradients = rightGradients(p);
        double[] b = gradients.get(1).toDoubleArray();
        b[5] += 0.01; // index [1, 2] of b
        NDList wrong = new NDList(gradients.get(0), manager.create(b, new Shape(2, 3)));
        assertThatThrownBy(() -> GradientCheck.of(GradientCheckTest::quadratic).verify(List.of("a", "b"), p, wrong))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("L4.8 the gradient of b is wrong at [1, 2]")
                .hasMessageContaining("analytic 2.11, numeric 2.1")
                .hasMessageContaining("1 of 6 elements of b differ")
                .hasMessageNotContaining("gradient of a");
    }

    @Test
    void namesATransposedGradient() {
        NDList p = point();
        NDList gradients = rightGradients(p);
        NDList transposed = new NDList(gradients.get(0).transpose(), gradients.get(1));
        assertThatThrownBy(() -> GradientCheck.of(GradientCheckTest::quadratic).verify(List.of("a", "b"), p,
                transposed)).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("L4.8 the gradient of a has shape [3, 2], the parameter has [2, 3]")
                .hasMessageContaining("transposed");
    }

    @Test
    void namesAMissingGradient() {
        NDList p = point();
        assertThatThrownBy(() -> GradientCheck.of(GradientCheckTest::quadratic).verify(List.of("a", "b"), p,
                new NDList(rightGradients(p).get(0)))).isInstanceOf(AssertionError.class)
                .hasMessageContaining("are 1 tensors, expected 2");
    }

    /** On seed 002's network, DJL's autograd passes the check and a gradient without the sigmoid's derivative fails. */
    @Test
    void checksTheShallowNetworkAgainstAutograd() {
        FixtureCase c = Fixtures.golden("L4.8").onlyCase();
        NDArray x = c.input("inputs").toNDArray(manager);
        NDArray y = c.input("targets").toNDArray(manager);
        NDList p = new NDList();
        for (String name : ShallowNetwork.NAMES) {
            p.add(c.input(name).toNDArray(manager));
        }
        ShallowNetwork network = ShallowNetwork.trainable(p.get(0), p.get(1), p.get(2), p.get(3));
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            collector.backward(network.loss(x, y));
        }
        NDList autograd = new NDList();
        p.forEach(a -> autograd.add(a.getGradient().duplicate()));
        GradientCheck check = GradientCheck.of(q -> ShallowNetwork.of(q).loss(x, y));
        NDList point = new NDList();
        p.forEach(a -> point.add(a.duplicate()));
        check.verify(ShallowNetwork.NAMES, point, autograd);

        NDList wrong = new NDList(c.mistakes("W1Grad").get("missing-sigmoid-derivative").toNDArray(manager),
                autograd.get(1), autograd.get(2), autograd.get(3));
        assertThatThrownBy(() -> check.verify(ShallowNetwork.NAMES, point, wrong))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("L4.8 the gradient of W1 is wrong at [")
                .hasMessageContaining("central differences, eps 1.000000e-06");
    }

    @Test
    void rejectsALossThatIsNotOneValue() {
        NDList p = point();
        assertThatThrownBy(() -> GradientCheck.of(q -> q.get(0)).numericGradients(p))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one value");
        assertThat(manager.zeros(new Shape(1), DataType.FLOAT64).size()).isEqualTo(1);
    }
}
