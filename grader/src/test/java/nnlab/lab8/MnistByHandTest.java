package nnlab.lab8;

import static nnlab.grader.assertions.GradingAssertions.assertOutput;
import static nnlab.grader.assertions.GradingAssertions.assertThatNumber;
import static nnlab.grader.assertions.GradingAssertions.assertThatTensor;
import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import io.qameta.allure.Allure;
import io.qameta.allure.SeverityLevel;
import java.util.List;
import java.util.Locale;
import nnlab.data.MnistSet;
import nnlab.data.MnistSource;
import nnlab.fixtures.FixtureCase;
import nnlab.fixtures.FixtureDType;
import nnlab.fixtures.TensorData;
import nnlab.fixtures.Tolerance;
import nnlab.grader.junit.FixtureCases;
import nnlab.grader.assertions.ThresholdCheck;
import nnlab.grader.junit.Graded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * Grades lab 8, seed 003's MNIST network written by hand, against PyTorch (fixtures/golden/L8.*.json and the
 * .npz archives next to them), on the committed subset of real MNIST. Every step starts from the fixture's
 * parameters, so one wrong step costs only its own points. Each test reports the device it ran on.
 */
@DisplayName("Lab 8 — MNIST by hand")
class MnistByHandTest {

    private static MnistSet trainSet;
    private static MnistSet testSet;

    private static synchronized MnistSet train() {
        if (trainSet == null) {
            trainSet = MnistSource.subset(MnistSource.Split.TRAIN);
        }
        return trainSet;
    }

    private static synchronized MnistSet test() {
        if (testSet == null) {
            testSet = MnistSource.subset(MnistSource.Split.TEST);
        }
        return testSet;
    }

    /** The case's W1 … b3 as parameters on the manager's device. */
    private static MnistParameters parameters(FixtureCase c, NDManager manager) {
        reportDevice(manager.getDevice());
        return MnistParameters.of(MnistParameters.names().stream().map(n -> c.input(n).toNDArray(manager)).toList());
    }

    private static void reportDevice(Device device) {
        if (Allure.getLifecycle().getCurrentTestCase().isPresent()) {
            Allure.parameter("device", String.valueOf(device));
        }
    }

    @Graded(step = "L8.1", points = 1)
    @DisplayName("L8.1 the device: the GPU when DJL sees one, else the CPU")
    @Test
    void device() {
        int gpus = Engine.getInstance().getGpuCount();
        Device expected = gpus > 0 ? Device.gpu() : Device.cpu();
        Device actual = MnistNetwork.device();
        reportDevice(actual);
        assertThat(actual).as("L8.1 device() (the engine sees %d GPU%s)", gpus, gpus == 1 ? "" : "s")
                .isEqualTo(expected);
    }

    @Graded(step = "L8.2", points = 2, seed = 3)
    @DisplayName("L8.2 parameter initialisation: shapes, float32, device, N(0, 0.1) weights, zero biases")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L8.2")
    void initialize(FixtureCase c, NDManager manager) {
        Device device = manager.getDevice();
        reportDevice(device);
        MnistParameters p = MnistNetwork.initialize(manager, device);
        assertThat(p).as("L8.2 initialize(...) returned null").isNotNull();
        NDList list = p.list();
        List<String> names = MnistParameters.names();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            NDArray parameter = list.get(i);
            assertThat(parameter).as("L8.2 %s is null", name).isNotNull();
            assertThat(parameter.getDevice()).as("L8.2 %s's device", name).isEqualTo(device);
            assertThat(parameter.hasGradient()).as("L8.2 %s collects gradients (requires_grad=True)", name).isTrue();
            if (name.startsWith("W")) {
                assertOutput(c, name + ".shape", manager.create(parameter.getShape().getShape()));
                assertOutput(c, name + ".mean", parameter.mean());
                assertOutput(c, name + ".std", standardDeviation(parameter));
            } else {
                assertOutput(c, name, parameter);
            }
        }
    }

    /** torch.std: the square root of Σ(x − mean)² / (n − 1), in the tensor's dtype. */
    private static NDArray standardDeviation(NDArray x) {
        return x.sub(x.mean()).square().sum().div(x.size() - 1).sqrt();
    }

    @Graded(step = "L8.3", points = 2, severity = SeverityLevel.CRITICAL)
    @DisplayName("L8.3 the forward pass: two sigmoid layers and the softmax written by hand")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L8.3")
    void forward(FixtureCase c, NDManager manager) {
        MnistParameters p = parameters(c, manager);
        NDArray features = c.input("features").toNDArray(manager);
        assertOutput(c, "probabilities", MnistNetwork.forward(p, features));
    }

    @Graded(step = "L8.4", points = 1)
    @DisplayName("L8.4 the hand-written loss -(onehot * log(softmax)).mean()")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L8.4")
    void loss(FixtureCase c, NDManager manager) {
        reportDevice(manager.getDevice());
        NDArray probabilities = c.input("probabilities").toNDArray(manager);
        NDArray oneHot = c.input("oneHotLabels").toNDArray(manager);
        assertOutput(c, "loss", MnistNetwork.loss(probabilities, oneHot));
    }

    @Graded(step = "L8.5", points = 3, severity = SeverityLevel.CRITICAL)
    @DisplayName("L8.5 backward: the loss and the gradient of every parameter")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L8.5")
    void lossAndGradients(FixtureCase c, NDManager manager) {
        MnistParameters p = parameters(c, manager).requireGradients();
        NDArray features = c.input("features").toNDArray(manager);
        NDArray oneHot = c.input("oneHotLabels").toNDArray(manager);
        assertOutput(c, "loss", MnistTraining.lossAndGradients(p, features, oneHot));
        NDList list = p.list();
        List<String> names = MnistParameters.names();
        for (int i = names.size() - 1; i >= 0; i--) { // from the output layer back, as backward goes
            assertOutput(c, names.get(i) + ".grad", list.get(i).getGradient());
        }
    }

    @Graded(step = "L8.6", points = 3, severity = SeverityLevel.CRITICAL)
    @DisplayName("L8.6 manual SGD: two steps W -= lr * W.grad, gradients reset after each")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L8.6")
    void sgdSteps(FixtureCase c, NDManager manager) {
        MnistParameters p = parameters(c, manager).requireGradients();
        float lr = (float) c.doubleParam("lr");
        List<String> names = MnistParameters.names();
        for (int step = 1; step <= 2; step++) {
            NDArray features = c.input("features" + step).toNDArray(manager);
            NDArray oneHot = c.input("oneHotLabels" + step).toNDArray(manager);
            assertOutput(c, "loss" + step, MnistTraining.sgdStep(p, features, oneHot, lr));
            NDList list = p.list();
            for (int i = names.size() - 1; i >= 0; i--) {
                String name = "after" + step + "." + names.get(i);
                if (c.expectedNames().contains(name)) {
                    assertOutput(c, name, list.get(i));
                }
            }
            for (int i = 0; i < names.size(); i++) {
                NDArray gradient = list.get(i).getGradient();
                assertThatTensor(gradient).named(names.get(i) + ".grad after step " + step + " (reset to zero)")
                        .matches(new TensorData("the reset: W.grad.zero_()", FixtureDType.FLOAT32,
                                gradient.getShape().getShape(), new double[(int) gradient.size()], Tolerance.EXACT));
            }
        }
    }

    @Graded(step = "L8.7", points = 2)
    @DisplayName("L8.7 one epoch on the 8,000 training images in the fixture's batch order")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L8.7")
    void oneEpoch(FixtureCase c, NDManager manager) {
        MnistParameters p = parameters(c, manager).requireGradients();
        NDArray features = train().features(manager);
        NDArray oneHot = train().oneHotLabels(manager);
        NDArray order = c.input("order").toNDArray(manager);
        float loss = MnistTraining.trainEpoch(p, features, oneHot, order, c.intParam("batchSize"),
                (float) c.doubleParam("lr"));
        assertThatNumber(loss).named("the epoch's mean loss").matches(c.expected("loss"));
        assertOutput(c, "after.b3", p.b3());
        assertOutput(c, "after.W3", p.w3());
    }

    @Graded(step = "L8.8", points = 1)
    @DisplayName("L8.8 accuracy of a trained model: argmax against the labels")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L8.8")
    void accuracy(FixtureCase c, NDManager manager) {
        MnistParameters p = parameters(c, manager);
        MnistSet set = "test".equals(c.textParam("split")) ? test() : train();
        double accuracy = MnistTraining.accuracy(p, set.features(manager), set.labels(manager));
        assertThatNumber(accuracy).named("accuracy").matches(c.expected("accuracy"));
    }

    @Graded(step = "L8.9", points = 3, seed = 9, timeoutSeconds = 120, judges = {"params.threshold"})
    @DisplayName("L8.9 a full training run reaches PyTorch's test accuracy")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L8.9")
    void fullTraining(FixtureCase c, NDManager manager) {
        MnistParameters p = parameters(c, manager).requireGradients();
        int epochs = c.intParam("epochs");
        float[] losses = MnistTraining.train(p, train().features(manager), train().oneHotLabels(manager), epochs,
                c.intParam("batchSize"), (float) c.doubleParam("lr"));
        assertThat(losses).as("L8.9 train(...) returns one mean loss per epoch").hasSize(epochs);
        double accuracy = testAccuracy(p, manager);
        if (Allure.getLifecycle().getCurrentTestCase().isPresent()) {
            Allure.parameter("test accuracy", String.format(Locale.ROOT, "%.4f", accuracy));
        }
        ThresholdCheck.assertAtLeast(String.format(Locale.ROOT, "test accuracy after %d epochs", epochs), accuracy, c,
                "threshold", "PyTorch reaches 0.827 to 0.836 from these parameters (fixtures/golden/L8.9.json, notes)",
                String.format(Locale.ROOT, "last epoch losses: %s. Does every epoch shuffle, step through all %d"
                        + " batches and update every parameter?", lastLosses(losses),
                        train().size() / c.intParam("batchSize")));
    }

    /** The test set's accuracy computed here, from the logits (In [24]), so that L8.9 does not depend on L8.8. */
    private static double testAccuracy(MnistParameters p, NDManager manager) {
        try (NDManager scope = manager.newSubManager()) {
            NDArray x = test().features(scope);
            NDArray h1 = x.matMul(p.w1().transpose()).add(p.b1()).getNDArrayInternal().sigmoid();
            NDArray h2 = h1.matMul(p.w2().transpose()).add(p.b2()).getNDArrayInternal().sigmoid();
            NDArray logits = h2.matMul(p.w3().transpose()).add(p.b3());
            NDArray correct = logits.argMax(1).eq(test().labels(scope)).toType(DataType.INT64, false).sum();
            return correct.getLong() / (double) test().size();
        }
    }

    private static String lastLosses(float[] losses) {
        StringBuilder b = new StringBuilder();
        for (int i = Math.max(0, losses.length - 3); i < losses.length; i++) {
            b.append(i == Math.max(0, losses.length - 3) ? "" : ", ").append(String.format(Locale.ROOT, "%.4f", losses[i]));
        }
        return b.toString();
    }
}
