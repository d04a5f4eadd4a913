package nnlab.lab7;

import static nnlab.grader.assertions.GradingAssertions.assertOutput;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nnlab.fixtures.FixtureCase;
import nnlab.fixtures.TensorData;
import nnlab.fixtures.data.NonlinearMockData;
import nnlab.grader.assertions.GradingContext;
import org.opentest4j.AssertionFailedError;

/**
 * What lab 7's graded tests share: seed 002's data set (checked against the fixture's hash), networks built from
 * a fixture's parameters, and the comparison of parameters after training. Not a test class.
 */
final class Lab7Fixture {

    /** The hand-made parameters, as the fixtures name them. */
    static final List<String> NAMES = ShallowNetwork.NAMES;
    /** The Linear version's parameters, as the fixtures name them (PyTorch's layout: weight [out, in]). */
    static final List<String> LINEAR_NAMES = List.of("weight0", "bias0", "weight1", "bias1");

    private Lab7Fixture() {
    }

    /** The notebook's 1000 points, after checking that they are the ones the fixture was made with. */
    record Data(NDArray inputs, NDArray targets, int size) {

        static Data of(FixtureCase c, NDManager manager) {
            NonlinearMockData data = NonlinearMockData.notebook();
            if (!data.inputsSha256().equals(c.textParam("datasetSha256"))
                    || !data.labelsSha256().equals(c.textParam("labelsSha256"))) {
                throw new AssertionFailedError("seed 002's data set (NonlinearMockData.notebook()) is not the one the"
                        + " fixture was made with: SHA-256 " + data.inputsSha256() + ", fixture "
                        + c.textParam("datasetSha256"));
            }
            return new Data(data.inputsArray(manager), data.targetsArray(manager), data.size());
        }
    }

    /** A trainable network on the case's inputs {@code prefix + W1, b1, W2, b2}. */
    static ShallowNetwork trainable(FixtureCase c, String prefix, NDManager manager) {
        NDArray[] p = new NDArray[4];
        for (int i = 0; i < 4; i++) {
            p[i] = c.input(prefix + NAMES.get(i)).toNDArray(manager);
        }
        return ShallowNetwork.trainable(p[0], p[1], p[2], p[3]);
    }

    /** Compares the network's parameters with the case's expected outputs {@code prefix + W1, …}. */
    static void assertParameters(FixtureCase c, NDList parameters, List<String> names, String prefix) {
        for (int i = 0; i < names.size(); i++) {
            assertOutput(c, prefix + names.get(i), parameters.get(i));
        }
    }

    /** The losses a method returned, as a float64 tensor (null stays null, so the assertion names it). */
    static NDArray losses(NDManager manager, double[] losses) {
        return losses == null ? null : manager.create(losses);
    }

    /** A case's per-epoch sample orders, stored as int64 [epochs, N]. */
    static EpochOrder orders(FixtureCase c) {
        TensorData order = c.input("order");
        long[] flat = order.longValues();
        int epochs = (int) order.shape()[0];
        int n = (int) order.shape()[1];
        long[][] rows = new long[epochs][];
        for (int e = 0; e < epochs; e++) {
            rows[e] = Arrays.copyOfRange(flat, e * n, (e + 1) * n);
        }
        return EpochOrder.fixed(rows);
    }

    /** Adam's settings from a case's params. */
    static AdamSettings adamSettings(FixtureCase c) {
        return new AdamSettings(c.doubleParam("learningRate"), c.doubleParam("beta1"), c.doubleParam("beta2"),
                c.doubleParam("epsilon"));
    }

    /**
     * Sets the gradients of the network's parameters to the case's inputs {@code prefix + W1, …}: zeroes them,
     * then backward of Σ_p (p · g_p), whose gradient with respect to p is g_p.
     */
    static void setGradients(ShallowNetwork network, FixtureCase c, String prefix, NDManager manager) {
        NDList parameters = network.parameters();
        for (NDArray p : parameters) {
            NDArray g = p.getGradient();
            g.subi(g);
        }
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            collector.backward(gradientTerm(parameters, c, prefix, manager));
        }
    }

    /**
     * Σ_p (p · g_p) over the network's parameters, with g_p the case's input {@code prefix + W1, …}: a term whose
     * backward adds exactly g_p to every parameter's gradient. A test that needs "the BCE's backward" adds it to what
     * it grades, with PyTorch's gradients from the fixture, so the release holds no BCE (L7.2's answer).
     */
    static NDArray gradientTerm(NDList parameters, FixtureCase c, String prefix, NDManager manager) {
        NDArray total = null;
        for (int i = 0; i < NAMES.size(); i++) {
            NDArray term = parameters.get(i).mul(c.input(prefix + NAMES.get(i)).toNDArray(manager)).sum();
            total = total == null ? term : total.add(term);
        }
        return total;
    }

    /**
     * The share of the 1000 points on the right side of 0.5, counted in plain Java by the grader, not by the
     * student's {@code BinaryMetrics.accuracy}: an accuracy that returned 1.0 would otherwise earn L7.9's points
     * without training. Counted over Java arrays, it is no NDArray code that L7.2 could take.
     */
    static double accuracyOf(NDArray predictions, NDArray targets) {
        double[] p = predictions.toType(ai.djl.ndarray.types.DataType.FLOAT64, false).toDoubleArray();
        double[] y = targets.toDoubleArray();
        int correct = 0;
        for (int i = 0; i < y.length; i++) {
            correct += (p[i] > 0.5 ? 1 : 0) == (int) y[i] ? 1 : 0;
        }
        return (double) correct / y.length;
    }

    /**
     * Builds, initialises and fills the student's Linear model with the case's PyTorch parameters
     * ({@code weight0, bias0, weight1, bias1}, [out, in] and [out]); fails naming what does not fit.
     */
    static Block linearModel(FixtureCase c, NDManager manager) {
        Block block = LinearNetwork.create();
        String step = GradingContext.currentStep();
        if (block == null) {
            throw new AssertionFailedError(step + " LinearNetwork.create() returned null");
        }
        LinearNetwork.initialize(block, manager);
        List<Parameter> parameters = new ArrayList<>(block.getParameters().values());
        List<String> keys = block.getParameters().keys();
        if (parameters.size() != LINEAR_NAMES.size()) {
            throw new AssertionFailedError(step + " the model has " + parameters.size() + " parameters " + keys
                    + "; In [19]'s has 4: Linear(2, 10) weight [10, 2] and bias [10], Linear(10, 1) weight [1, 10]"
                    + " and bias [1]");
        }
        for (int i = 0; i < parameters.size(); i++) {
            TensorData value = c.input(LINEAR_NAMES.get(i));
            NDArray array = parameters.get(i).getArray();
            if (!array.getShape().equals(new Shape(value.shape()))) {
                throw new AssertionFailedError(step + " parameter " + keys.get(i) + " has shape " + array.getShape()
                        + ", PyTorch's " + LINEAR_NAMES.get(i) + " has " + value.shapeText()
                        + ": Linear(10 units), sigmoid, Linear(1 unit), sigmoid, in float64");
            }
            try (NDArray values = value.toNDArray(manager).toType(array.getDataType(), false)) {
                array.set(values.toByteBuffer());
            }
        }
        return block;
    }
}
