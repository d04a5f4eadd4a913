package nnlab.grader.assertions;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.GradientCollector;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nnlab.fixtures.FixtureCase;
import nnlab.fixtures.TensorData;
import org.opentest4j.AssertionFailedError;

/**
 * A model's parameters as a fixture holds them: PyTorch's state dict, in its order ({@code layers.0.weight},
 * {@code layers.0.bias}, ...; the case's {@code parameterNames}), one tensor per name under a prefix such as
 * {@code before.} or {@code grad.}. Puts a fixture's state into any DJL block whose parameters come in the same
 * order with the same shapes (DJL's Linear keeps PyTorch's [out, in] layout), reads values and gradients back by
 * those names, and builds the grader's own models, so that a step is graded from PyTorch's state without
 * depending on the student's other steps.
 */
public final class ModelState {

    private ModelState() {
    }

    /** The state dict's names, in order: the case's {@code parameterNames}. */
    public static List<String> names(FixtureCase c) {
        List<String> names = new ArrayList<>();
        c.jsonParam("parameterNames").forEach(n -> names.add(n.asText()));
        return names;
    }

    /**
     * The grader's own model for a state dict of Linear layers (weight then bias per layer): a SequentialBlock of
     * Linear layers, with a ReLU between them when {@code reluBetween}, initialised for float32 inputs.
     */
    public static SequentialBlock linearStack(FixtureCase c, String prefix, boolean reluBetween, NDManager manager) {
        List<String> names = names(c);
        SequentialBlock block = new SequentialBlock();
        for (int i = 0; i < names.size(); i += 2) {
            block.add(Linear.builder().setUnits(c.input(prefix + names.get(i)).shape()[0]).build());
            if (reluBetween && i + 2 < names.size()) {
                block.add(Activation.reluBlock());
            }
        }
        long numInputs = c.input(prefix + names.get(0)).shape()[1];
        block.initialize(manager, DataType.FLOAT32, new Shape(1, numInputs));
        load(block, c, prefix);
        return block;
    }

    /**
     * Copies the fixture's tensors {@code prefix + name} into the model's parameters, in order. Fails, naming both
     * lists, when the model has another number of parameters or another shape anywhere: its architecture is not
     * the notebook's.
     */
    public static void load(Block model, FixtureCase c, String prefix) {
        List<String> names = names(c);
        List<Parameter> parameters = parameters(model);
        boolean matches = parameters.size() == names.size();
        for (int i = 0; matches && i < names.size(); i++) {
            matches = Arrays.equals(parameters.get(i).getArray().getShape().getShape(),
                    c.input(prefix + names.get(i)).shape());
        }
        if (!matches) {
            throw new AssertionFailedError(FailureMessages.architectureDiffers(describe(model),
                    describeFixture(c, prefix, names)));
        }
        for (int i = 0; i < names.size(); i++) {
            set(parameters.get(i).getArray(), c.input(prefix + names.get(i)));
        }
    }

    /** Overwrites an array's values with a fixture tensor's (float32). */
    public static void set(NDArray array, TensorData values) {
        double[] v = values.values();
        float[] f = new float[v.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) v[i];
        }
        array.set(f);
    }

    /**
     * Gives every parameter the gradient {@code prefix + name} of the fixture, as if an earlier backward had left
     * it in {@code .grad} (so a step that forgets to zero the gradients adds to it, as in PyTorch): zeroes the
     * gradients, then runs backward on Σ sum(p · G), whose gradient with respect to p is exactly G.
     */
    public static void setGradients(Block model, FixtureCase c, String prefix) {
        List<String> names = names(c);
        List<Parameter> parameters = parameters(model);
        for (Parameter p : parameters) {
            NDArray g = p.getArray().getGradient();
            g.subi(g);
        }
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            NDArray total = null;
            for (int i = 0; i < names.size(); i++) {
                NDArray w = parameters.get(i).getArray();
                NDArray g = c.input(prefix + names.get(i)).toNDArray(w.getManager());
                NDArray term = w.mul(g).sum();
                total = total == null ? term : total.add(term);
            }
            if (total != null) {
                collector.backward(total);
            }
        }
    }

    /** Copies of the model's parameter values, by the fixture's names. */
    public static Map<String, NDArray> values(Block model, List<String> names) {
        Map<String, NDArray> out = new LinkedHashMap<>();
        List<Parameter> parameters = parameters(model);
        for (int i = 0; i < names.size() && i < parameters.size(); i++) {
            out.put(names.get(i), parameters.get(i).getArray().duplicate());
        }
        return out;
    }

    /** Copies of the model's gradients ({@code .grad}), by the fixture's names. */
    public static Map<String, NDArray> gradients(Block model, List<String> names) {
        Map<String, NDArray> out = new LinkedHashMap<>();
        List<Parameter> parameters = parameters(model);
        for (int i = 0; i < names.size() && i < parameters.size(); i++) {
            out.put(names.get(i), parameters.get(i).getArray().getGradient().duplicate());
        }
        return out;
    }

    /** The model's parameters in DJL's order (children in order, weight before bias). */
    public static List<Parameter> parameters(Block model) {
        List<Parameter> out = new ArrayList<>();
        for (Pair<String, Parameter> p : model.getParameters()) {
            out.add(p.getValue());
        }
        return out;
    }

    private static String describe(Block model) {
        List<String> parts = new ArrayList<>();
        for (Pair<String, Parameter> p : model.getParameters()) {
            Parameter parameter = p.getValue();
            String shape = parameter.isInitialized()
                    ? Arrays.toString(parameter.getArray().getShape().getShape()) : "(not initialised)";
            parts.add(p.getKey() + " " + shape);
        }
        return parts.size() + " parameters: " + String.join(", ", parts);
    }

    private static String describeFixture(FixtureCase c, String prefix, List<String> names) {
        List<String> parts = new ArrayList<>();
        for (String n : names) {
            parts.add(n + " " + c.input(prefix + n).shapeText());
        }
        return parts.size() + " parameters: " + String.join(", ", parts);
    }
}
