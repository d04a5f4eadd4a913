package nnlab.grader.assertions;

import static nnlab.grader.assertions.GradingAssertions.assertOutput;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import nnlab.fixtures.FixtureCase;
import nnlab.fixtures.Fixtures;
import nnlab.lab4.GradientDescent;
import nnlab.lab4.ShallowNetwork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Lab 4's hints that the numbers alone reveal (no fixture records them): a weight gradient transposed to
 * [in, out], gradients doubled because they were not reset, a sign flipped; and the notebook's own reset bug
 * written in DJL, which must meet the hint the fixture records for it.
 */
class GradientHintsTest {

    private NDManager manager;

    @BeforeEach
    void open() {
        nnlab.course.DjlDefaults.apply();
        manager = NDManager.newBaseManager();
    }

    @AfterEach
    void close() {
        GradingContext.leave();
        manager.close();
    }

    private FixtureCase backwardCase() {
        GradingContext.enter("L4.1");
        return Fixtures.golden("L4.1").cases().get(0);
    }

    @Test
    void aWeightGradientAsInByOutIsTransposed() {
        FixtureCase c = backwardCase();
        NDArray transposed = c.expected("weight1Grad").toNDArray(manager).transpose(); // [8, 4], not [4, 8]
        assertThatThrownBy(() -> assertOutput(c, "weight1Grad", transposed)).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("L4.1 weight1Grad has the wrong shape")
                .hasMessageContaining("hint: the shape [8, 4] is [4, 8] transposed and the values match its transpose:"
                        + " PyTorch keeps a Linear weight as [out_features, in_features]");
    }

    @Test
    void doubledGradientsWereNotReset() {
        FixtureCase c = backwardCase();
        NDArray doubled = c.expected("weight0Grad").toNDArray(manager).mul(2);
        assertThatThrownBy(() -> assertOutput(c, "weight0Grad", doubled)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("hint: every value is exactly twice the expected one: gradients accumulated"
                        + " from an earlier step (reset them");
    }

    @Test
    void aNegatedGradientHasTheWrongSign() {
        FixtureCase c = backwardCase();
        NDArray negated = c.expected("bias2Grad").toNDArray(manager).neg();
        assertThatThrownBy(() -> assertOutput(c, "bias2Grad", negated)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("hint: every value has the opposite sign: a sign flipped (w − lr·grad, not"
                        + " w + lr·grad");
    }

    /** In [6]'s loop exactly as the notebook writes it: W1, W2, b1 and W2 again are reset, b2 never. */
    @Test
    void theNotebooksResetCellMeetsTheB2Hint() {
        GradingContext.enter("L4.7");
        FixtureCase c = Fixtures.golden("L4.7").cases().get(0); // 2 iterations
        NDArray x = c.input("inputs").toNDArray(manager);
        NDArray y = c.input("targets").toNDArray(manager);
        NDList p = new NDList();
        for (String name : ShallowNetwork.NAMES) {
            p.add(c.input(name).toNDArray(manager));
        }
        ShallowNetwork network = ShallowNetwork.trainable(p.get(0), p.get(1), p.get(2), p.get(3));
        double alpha = c.doubleParam("alpha");
        for (int i = 0; i < c.intParam("iterations"); i++) {
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                collector.backward(network.loss(x, y));
            }
            GradientDescent.update(network, alpha); // the reference's L4.5 (kit tests run on the reference)
            for (NDArray parameter : new NDArray[] {network.w1(), network.w2(), network.b1(), network.w2()}) {
                parameter.getGradient().subi(parameter.getGradient());
            }
        }
        assertOutput(c, "W1", network.w1()); // W1, b1 and W2 are still right after 2 steps
        assertThatThrownBy(() -> assertOutput(c, "b2", network.b2())).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("L4.7 b2 differs from PyTorch's")
                .hasMessageContaining("hint: b2's gradient is never reset: it accumulates");
    }
}
