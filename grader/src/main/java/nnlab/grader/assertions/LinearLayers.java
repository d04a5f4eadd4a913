package nnlab.grader.assertions;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import nnlab.fixtures.FixtureCase;
import nnlab.fixtures.TensorData;
import org.opentest4j.AssertionFailedError;

/**
 * Sets PyTorch's parameters into the {@link Linear} layers of a model a student built, so that any valid
 * construction of the notebook's model computes PyTorch's outputs. DJL's Linear keeps PyTorch's layout: the
 * {@code "weight"} is [out_features, in_features], the {@code "bias"} [out_features], and the layer computes
 * {@code x @ W.T + b}; the values are copied as they are, without transposing.
 *
 * <p>A fixture case holds a model's parameters as inputs {@code weight0, bias0, weight1, ...} and their number as
 * the parameter {@code layers}. A layer built without a bias ({@code optBias(false)}) keeps none; its model then
 * computes what the fixture records as the mistake {@code missing-bias}.
 */
public final class LinearLayers {

    private LinearLayers() {
    }

    /** The Linear layers of a block, in the order of its children (depth first), which is the order data flows. */
    public static List<Linear> of(Block block) {
        List<Linear> out = new ArrayList<>();
        collect(block, out);
        return out;
    }

    private static void collect(Block block, List<Linear> out) {
        if (block instanceof Linear linear) {
            out.add(linear);
            return;
        }
        for (var child : block.getChildren()) {
            collect(child.getValue(), out);
        }
    }

    /**
     * Sets a fixture case's parameters ({@code weight0, bias0, ...}, {@code params.layers} of them) into an
     * initialised model.
     *
     * @throws AssertionFailedError naming the layer when the model has another number of Linear layers or a
     *     parameter of another shape
     */
    public static void setParameters(Block model, FixtureCase fixtureCase) {
        int layers = fixtureCase.intParam("layers");
        List<TensorData> weights = new ArrayList<>();
        List<TensorData> biases = new ArrayList<>();
        for (int i = 0; i < layers; i++) {
            weights.add(fixtureCase.input("weight" + i));
            biases.add(fixtureCase.input("bias" + i));
        }
        setParameters(model, weights, biases);
    }

    /**
     * Sets PyTorch's weights ([out, in]) and biases ([out]) into an initialised model's Linear layers, in order.
     *
     * @throws AssertionFailedError naming the layer when the model has another number of Linear layers or a
     *     parameter of another shape
     */
    public static void setParameters(Block model, List<TensorData> weights, List<TensorData> biases) {
        String step = GradingContext.currentStep();
        if (model == null) {
            throw new AssertionFailedError(FailureMessages.returnedNull(step, "the model"));
        }
        List<Linear> linears = of(model);
        if (linears.size() != weights.size()) {
            throw new AssertionFailedError(FailureMessages.linearLayerCount(step, linears.size(), weights.size(),
                    linears.stream().map(LinearLayers::describe).collect(Collectors.joining(", ", "[", "]")),
                    architecture(weights)));
        }
        for (int i = 0; i < linears.size(); i++) {
            String layer = "Linear layer " + i + " (nn.Linear(" + weights.get(i).shape()[1] + ", "
                    + weights.get(i).shape()[0] + "))";
            Linear linear = linears.get(i);
            set(step, layer, linear, "weight", weights.get(i), true);
            set(step, layer, linear, "bias", biases.get(i), false);
        }
    }

    private static void set(String step, String layer, Linear linear, String name, TensorData value, boolean required) {
        Parameter parameter = linear.getParameters().get(name);
        if (parameter == null) {
            if (required) {
                throw new AssertionFailedError(FailureMessages.parameterMissing(step, layer, name,
                        linear.getParameters().keys().toString()));
            }
            return; // a layer built without a bias: its output is the recorded "missing-bias" mistake
        }
        NDArray array = parameter.getArray();
        long[] shape = array.getShape().getShape();
        if (!Arrays.equals(shape, value.shape())) {
            throw new AssertionFailedError(FailureMessages.parameterShape(step, layer, name, Arrays.toString(shape),
                    value.shapeText()));
        }
        try (NDArray values = value.toNDArray(array.getManager())) {
            try (NDArray converted = values.toType(array.getDataType(), true)) {
                array.set(converted.toByteBuffer());
            }
        }
    }

    private static String describe(Linear linear) {
        Parameter weight = linear.getParameters().get("weight");
        if (weight == null || !weight.isInitialized()) {
            return "Linear";
        }
        long[] s = weight.getArray().getShape().getShape();
        return "Linear(" + s[1] + ", " + s[0] + ")";
    }

    /** Such as {@code 11 → 20 → 12 → 6 → 1}. */
    static String architecture(List<TensorData> weights) {
        if (weights.isEmpty()) {
            return "no layers";
        }
        StringBuilder b = new StringBuilder().append(weights.get(0).shape()[1]);
        weights.forEach(w -> b.append(" → ").append(w.shape()[0]));
        return b.toString();
    }
}
