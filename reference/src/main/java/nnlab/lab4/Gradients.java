package nnlab.lab4;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import ai.djl.util.Pair;
import nnlab.course.Solution;

/**
 * Lab 4, seed 001 ("Derivatives", In [42] to In [32]) — gradients of the network
 * {@code nn.Sequential(nn.Linear(16, 8), nn.Linear(8, 4), nn.Linear(4, 2))} on the sample 1..16 with a one-hot
 * target, and the two ways the notebook updates the parameters with them.
 *
 * <p>In DJL, a parameter's array records operations for backpropagation only inside a {@link GradientCollector}
 * ({@code Engine.getInstance().newGradientCollector()}, closed with try-with-resources); {@code backward(loss)}
 * adds every parameter's gradient to {@code array.getGradient()}, as PyTorch's {@code loss.backward()} adds to
 * {@code .grad}. DJL's Linear keeps PyTorch's layout: {@code "weight"} [out_features, in_features], {@code "bias"}
 * [out_features]; a gradient has its parameter's shape.
 */
public final class Gradients {

    private Gradients() {
    }

    /**
     * Given: the notebook's network (In [42]), {@code nn.Sequential(nn.Linear(16, 8), nn.Linear(8, 4),
     * nn.Linear(4, 2))}, not initialised.
     */
    public static SequentialBlock notebookNetwork() {
        return new SequentialBlock()
                .add(Linear.builder().setUnits(8).build())
                .add(Linear.builder().setUnits(4).build())
                .add(Linear.builder().setUnits(2).build());
    }

    /**
     * Given: the model's output for {@code input}, {@code model(input)} in PyTorch.
     *
     * @param training true inside a GradientCollector, so that the parameters record the operations
     */
    public static NDArray forward(Block model, NDArray input, boolean training) {
        return model.forward(new ParameterStore(input.getManager(), false), new NDList(input), training)
                .singletonOrThrow();
    }

    /**
     * Given: {@code nn.CrossEntropyLoss()(logits, targets)} with one-hot (probability) targets, DJL's
     * {@code SoftmaxCrossEntropyLoss} with dense labels:
     * <pre>loss = 1/N · Σ_i Σ_c −t_ic · log softmax(z_i)_c</pre>
     *
     * @param logits raw scores [N, C]
     * @param targets one-hot rows [N, C]
     * @return the mean loss, 0-d
     */
    public static NDArray crossEntropy(NDArray logits, NDArray targets) {
        Loss loss = Loss.softmaxCrossEntropyLoss("cross-entropy", 1f, -1, false, true);
        return loss.evaluate(new NDList(targets), new NDList(logits));
    }

    /**
     * L4.1 — the forward pass, the loss and {@code loss.backward()} (In [42], In [43]): inside a gradient
     * collector, {@code prediction = model(sample)}, {@code loss = CrossEntropyLoss(prediction, target)}, then
     * backward, which leaves {@code dloss/dp} in every parameter's gradient.
     *
     * @param model an initialised model whose parameters require gradients (and hold none yet)
     * @param sample the input, [1, 16]
     * @param target the one-hot target, [1, 2]
     * @return the loss, 0-d; the gradients stay in the model's parameters
     */
    @Solution("L4.1")
    public static NDArray backward(Block model, NDArray sample, NDArray target) {
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            NDArray loss = crossEntropy(forward(model, sample, true), target);
            collector.backward(loss);
            return loss;
        }
    }

    /**
     * L4.2 — a layer's gradients after backward, as {@code model[layer].weight.grad, model[layer].bias.grad}
     * (In [46]); layers count from 0 like {@code model[0]}.
     *
     * @param model a SequentialBlock of Linear layers after backward
     * @param layer the layer's index, from 0
     * @return the weight's gradient [out, in], then the bias's [out]
     */
    @Solution("L4.2")
    public static NDList layerGradients(Block model, int layer) {
        Block linear = model.getChildren().valueAt(layer);
        Parameter weight = linear.getParameters().get("weight");
        Parameter bias = linear.getParameters().get("bias");
        return new NDList(weight.getArray().getGradient(), bias.getArray().getGradient());
    }

    /**
     * L4.3 — one parameter updated by hand (In [31]): {@code weight = weight − lr · weight.grad}, a new tensor
     * (the model keeps its parameter).
     * <pre>w' = w − lr · ∂loss/∂w</pre>
     *
     * @param parameter the parameter's values w
     * @param gradient its gradient, w's shape
     * @param learningRate lr (0.001 in the notebook)
     * @return w − lr · gradient
     */
    @Solution("L4.3")
    public static NDArray manualUpdate(NDArray parameter, NDArray gradient, float learningRate) {
        return parameter.sub(gradient.mul(learningRate));
    }

    /**
     * L4.4 — one step of stochastic gradient descent on every parameter of the model, as
     * {@code optim.SGD(model.parameters(), lr=lr).step()} (In [32]): each parameter, in place,
     * {@code w ← w − lr · w.grad}. DJL's {@code Optimizer.sgd()} with a fixed learning-rate tracker does it
     * ({@code optimizer.update(parameter.getId(), array, array.getGradient())}); a hand-written in-place update
     * gives the same.
     *
     * @param model an initialised model after backward (its parameters hold their gradients)
     * @param learningRate lr (0.001 in the notebook)
     */
    @Solution("L4.4")
    public static void sgdStep(Block model, float learningRate) {
        Optimizer sgd = Optimizer.sgd().setLearningRateTracker(Tracker.fixed(learningRate)).build();
        for (Pair<String, Parameter> p : model.getParameters()) {
            NDArray array = p.getValue().getArray();
            sgd.update(p.getValue().getId(), array, array.getGradient());
        }
    }
}
