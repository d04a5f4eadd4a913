package nnlab.grader;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import nnlab.course.DjlDefaults;
import nnlab.fixtures.FixtureCase;
import nnlab.fixtures.Fixtures;
import nnlab.lab7.BinaryMetrics;
import nnlab.lab7.Regularization;
import nnlab.lab7.ShallowNetwork;
import nnlab.lab8.MnistParameters;
import nnlab.lab8.MnistTraining;
import org.junit.jupiter.api.Test;

/**
 * DJL 0.35.1 wraps a Java number given to an operation ({@code pow(-1)}, {@code mul(0.5)}, {@code maximum(-100)})
 * in a tensor whose memory it frees as soon as the operation returns. When backward needs that number and a garbage
 * collection runs before it, the gradient is computed from freed memory: silently wrong, now and then. Lab 8's
 * reference writes its sigmoid without such operations, labs 4 and 7 clamp BCE's logs with clip and make λ a tensor;
 * this test keeps them so, by repeating one backward while
 * another thread churns the heap, and requiring every gradient to equal the first bit for bit (one thread: a run
 * is bit-reproducible). With {@code pow(-1)} in the sigmoid, about one backward in 30 differed here.
 */
class GradientsUnderGcPressureTest {

    private static final long BUDGET_NANOS = 2_000_000_000L;

    @Test
    void lab8GradientsDoNotChangeWhenTheGarbageCollectorRuns() throws InterruptedException {
        FixtureCase c = Fixtures.golden("L8.5").cases().get(0);
        assertStableUnderGc("lab 8's forward pass and loss", manager -> {
            NDArray features = c.input("features").toNDArray(manager);
            NDArray oneHot = c.input("oneHotLabels").toNDArray(manager);
            MnistParameters p = MnistParameters.of(MnistParameters.names().stream()
                    .map(n -> c.input(n).toNDArray(manager)).toList()).requireGradients();
            MnistTraining.lossAndGradients(p, features, oneHot);
            return p.list();
        });
    }

    @Test
    void lab4And7BinaryCrossEntropyAndL1GradientsDoNotChangeWhenTheGarbageCollectorRuns()
            throws InterruptedException {
        FixtureCase c = Fixtures.golden("L4.8").onlyCase();
        assertStableUnderGc("seed 002's network with BCE (labs 4, 7) and the L1 term (lab 7)", manager -> {
            NDArray inputs = c.input("inputs").toNDArray(manager);
            NDArray targets = c.input("targets").toNDArray(manager);
            NDList parameters = new NDList(
                    manager.linspace(-1, 1, 20).reshape(2, 10).toType(DataType.FLOAT64, false),
                    manager.linspace(-0.5f, 0.5f, 10).reshape(1, 10).toType(DataType.FLOAT64, false),
                    manager.linspace(-2, 2, 10).reshape(10, 1).toType(DataType.FLOAT64, false),
                    manager.create(new double[] {0.1}, new Shape(1, 1)));
            parameters.forEach(p -> p.setRequiresGradient(true));
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                NDArray predictions = new ShallowNetwork(parameters.get(0), parameters.get(1), parameters.get(2),
                        parameters.get(3)).forward(inputs);
                NDArray loss = BinaryMetrics.binaryCrossEntropy(predictions, targets)
                        .add(Regularization.l1Penalty(parameters, 1e-3));
                collector.backward(loss);
            }
            return parameters;
        });
    }

    /**
     * Repeats {@code backward} (which returns the parameters whose gradients it filled) while another thread churns
     * the heap, and requires every run's gradients to equal the first run's bit for bit (one thread: a run is
     * bit-reproducible).
     */
    private static void assertStableUnderGc(String what, Function<NDManager, List<NDArray>> backward)
            throws InterruptedException {
        DjlDefaults.apply();
        AtomicBoolean stop = new AtomicBoolean();
        Thread churn = new Thread(() -> {
            long n = 0;
            while (!stop.get()) {
                byte[] garbage = new byte[1 << 16];
                garbage[0] = 1;
                if (++n % 50 == 0) {
                    System.gc();
                }
            }
        }, "gc-churn");
        churn.setDaemon(true);
        List<float[]> first = null;
        int runs = 0;
        int differing = 0;
        try (NDManager manager = NDManager.newBaseManager()) {
            churn.start();
            long started = System.nanoTime();
            while (runs < 30 || (System.nanoTime() - started < BUDGET_NANOS && runs < 400)) {
                try (NDManager run = manager.newSubManager()) {
                    List<float[]> gradients = new ArrayList<>();
                    for (NDArray parameter : backward.apply(run)) {
                        gradients.add(parameter.getGradient().toType(DataType.FLOAT32, false).toFloatArray());
                    }
                    if (first == null) {
                        first = gradients;
                    } else if (!sameBits(first, gradients)) {
                        differing++;
                    }
                    runs++;
                }
            }
        } finally {
            stop.set(true);
            churn.join();
        }
        assertThat(differing).as("backward runs of %d through %s whose gradients differ from the first: an operation"
                + " with a Java number whose tensor backward needs (pow, mul, div, maximum ...)?", runs, what).isZero();
    }

    private static boolean sameBits(List<float[]> a, List<float[]> b) {
        for (int i = 0; i < a.size(); i++) {
            if (!java.util.Arrays.equals(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }
}
