package nnlab.lab5;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import nnlab.course.Solution;
import nnlab.course.random.TorchGenerator;

/**
 * The notebooks' multilayer perceptron (000 In [10]: 2→30→20→2; 004 In [1]: 2→16→16→2) as DJL blocks: a
 * {@link SequentialBlock} of Linear layers with a ReLU after each hidden one. DJL's Linear keeps its weight as
 * PyTorch does, [out_features, in_features], and computes {@code x · Wᵀ + b}.
 */
public final class ToyMlp {

    private ToyMlp() {
    }

    /**
     * L5.4 — {@code nn.Sequential(Linear(numInputs, h1), ReLU(), Linear(h1, h2), ReLU(), ..., Linear(hk, numOutputs))}
     * as {@code new SequentialBlock().add(Linear.builder().setUnits(h1).build()).add(Activation.reluBlock())...}:
     * no activation after the output layer (the loss takes the raw logits).
     *
     * @param numInputs the number of input features (DJL infers it when the block is initialised)
     * @param numOutputs the number of classes
     * @param hiddenUnits the widths of the hidden layers, such as 30, 20
     */
    @Solution("L5.4")
    public static SequentialBlock create(int numInputs, int numOutputs, int... hiddenUnits) {
        SequentialBlock block = new SequentialBlock();
        for (int units : hiddenUnits) {
            block.add(Linear.builder().setUnits(units).build());
            block.add(Activation.reluBlock());
        }
        block.add(Linear.builder().setUnits(numOutputs).build());
        return block;
    }

    /**
     * Gives every parameter its shape and an initial value (DJL's own initialisers), for inputs of
     * {@code numInputs} features, float32. Call {@link #initializeLikePyTorch} afterwards for PyTorch's values.
     */
    public static void initialize(Block model, NDManager manager, int numInputs) {
        model.initialize(manager, DataType.FLOAT32, new Shape(1, numInputs));
    }

    /**
     * L5.5 — sets every Linear layer's parameters as {@code nn.Linear} initialises them, drawing from the seeded
     * generator in PyTorch's order: layer by layer, the weight (row-major) before the bias, both uniform in
     * {@code [−1/√fan_in, 1/√fan_in]} where fan_in is the layer's number of inputs (the weight's second dimension):
     * {@code generator.uniform(count, -bound, bound)}, then {@code parameter.getArray().set(values)}. (PyTorch's
     * weight rule, kaiming_uniform with a = √5, comes to the same bound.) The model must be initialised first.
     *
     * @param model a SequentialBlock of Linear layers and activations, initialised
     * @param generator the generator right after {@code torch.manual_seed(seed)}
     */
    @Solution("L5.5")
    public static void initializeLikePyTorch(Block model, TorchGenerator generator) {
        for (Block child : model.getChildren().values()) {
            if (!(child instanceof Linear)) {
                continue;
            }
            Parameter weight = child.getParameters().get("weight");
            Parameter bias = child.getParameters().get("bias");
            Shape shape = weight.getArray().getShape();
            double bound = 1 / Math.sqrt(shape.get(1));
            weight.getArray().set(generator.uniform(Math.toIntExact(shape.size()), -bound, bound));
            bias.getArray().set(generator.uniform(Math.toIntExact(bias.getArray().size()), -bound, bound));
        }
    }
}
